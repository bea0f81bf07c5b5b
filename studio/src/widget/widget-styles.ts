/** The widget's own styles, scoped by its shadow root. */
export const WIDGET_CSS = `
:host { all: initial; }
.root { display: flex; flex-direction: column; align-items: flex-end; position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; }
.launcher { width: 56px; height: 56px; border-radius: 50%; border: 0; background: #3b4cca; color: #fff; cursor: pointer; display: grid; place-items: center; margin-left: auto; box-shadow: 0 6px 20px rgba(20, 30, 90, .3); }
.launcher:focus-visible, button:focus-visible, textarea:focus-visible, a:focus-visible, .log:focus-visible { outline: 3px solid #f5a524; outline-offset: 2px; }
.panel { width: min(380px, calc(100vw - 40px)); height: min(560px, calc(100vh - 110px)); margin-bottom: 12px; background: #fff; border-radius: 14px; box-shadow: 0 12px 40px rgba(20, 30, 90, .25); display: flex; flex-direction: column; overflow: hidden; }
.panel[hidden] { display: none; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; padding: 14px 16px; background: #3b4cca; color: #fff; }
h2 { margin: 0; font-size: 16px; }
.status { margin: 2px 0 0; font-size: 12.5px; opacity: .9; }
.close { background: transparent; border: 0; color: #fff; font-size: 24px; line-height: 1; cursor: pointer; padding: 0 4px; }
.log { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px; background: #f6f7fb; }
.empty { color: #5b6275; margin: auto 0; text-align: center; }
.entry { max-width: 85%; padding: 8px 12px; border-radius: 12px; background: #fff; border: 1px solid #e3e6f0; align-self: flex-start; }
.entry-customer { align-self: flex-end; background: #3b4cca; color: #fff; border-color: #3b4cca; }
.entry-agent { border-color: #1f9d6b; }
.entry-system { align-self: center; background: transparent; border: 0; color: #5b6275; font-size: 12.5px; text-align: center; }
.pending { opacity: .7; }
.failed { opacity: 1; background: #fff0f0; color: #8a1c1c; border-color: #e5a0a0; }
.who { display: block; font-size: 11.5px; font-weight: 600; opacity: .8; margin-bottom: 2px; }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.sources { margin-top: 6px; font-size: 12.5px; }
.sources-label { font-weight: 600; color: #5b6275; }
.sources ul { margin: 2px 0 0; padding-left: 18px; }
.sources a { color: #3b4cca; }
.error { margin: 0; padding: 6px 14px; background: #fff0f0; color: #8a1c1c; font-size: 13px; }
.error[hidden] { display: none; }
.actions { padding: 6px 14px 0; }
.human { background: #fff; border: 1px solid #3b4cca; color: #3b4cca; border-radius: 16px; padding: 4px 12px; cursor: pointer; font: inherit; font-size: 13px; }
.human[hidden] { display: none; }
.composer { display: flex; gap: 8px; padding: 10px 14px 14px; }
textarea { flex: 1; resize: none; font: inherit; padding: 8px 10px; border: 1px solid #c9cedd; border-radius: 10px; }
.send { background: #3b4cca; color: #fff; border: 0; border-radius: 10px; padding: 0 16px; font: inherit; font-weight: 600; cursor: pointer; }
.link { background: none; border: 0; color: inherit; text-decoration: underline; padding: 0; font: inherit; font-size: 12px; cursor: pointer; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
