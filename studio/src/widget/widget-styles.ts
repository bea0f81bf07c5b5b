/** The widget's own styles, scoped by its shadow root. Touch targets are at least 44×44 px. */
export const WIDGET_CSS = `
:host { all: initial; }
.root { display: flex; flex-direction: column; align-items: flex-end; position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; }
.launcher { position: relative; width: 56px; height: 56px; border-radius: 50%; border: 0; background: #3b4cca; color: #fff; cursor: pointer; display: grid; place-items: center; margin-left: auto; box-shadow: 0 6px 20px rgba(20, 30, 90, .3); }
.badge { position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 6px; box-sizing: border-box; border-radius: 11px; background: #c8102e; color: #fff; font: 700 12px/22px system-ui, sans-serif; }
.badge[hidden], .preview[hidden] { display: none; }
.preview { max-width: 260px; margin: 0 0 10px; padding: 10px 14px; background: #fff; border-radius: 12px; box-shadow: 0 6px 20px rgba(20, 30, 90, .2); cursor: pointer; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; white-space: pre-wrap; }
button:focus-visible, textarea:focus-visible, input:focus-visible, a:focus-visible, .log:focus-visible { outline: 3px solid #f5a524; outline-offset: 2px; }
button { font: inherit; cursor: pointer; min-height: 44px; min-width: 44px; }
.panel { width: min(380px, calc(100vw - 40px)); height: min(600px, calc(100vh - 110px)); margin-bottom: 12px; background: #fff; border-radius: 14px; box-shadow: 0 12px 40px rgba(20, 30, 90, .25); display: flex; flex-direction: column; overflow: hidden; }
.panel[hidden] { display: none; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; padding: 10px 10px 10px 16px; background: #3b4cca; color: #fff; }
h2 { margin: 0; font-size: 16px; }
.status { margin: 2px 0 0; font-size: 12.5px; }
.close { background: transparent; border: 0; color: #fff; font-size: 26px; line-height: 1; }
.log { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px; background: #f6f7fb; }
.empty { color: #4f566b; margin: auto 0; text-align: center; }
.entry { max-width: 85%; padding: 8px 12px; border-radius: 12px; background: #fff; border: 1px solid #e3e6f0; align-self: flex-start; }
.entry-customer { align-self: flex-end; background: #3b4cca; color: #fff; border-color: #3b4cca; }
.entry-agent { border-color: #1f9d6b; }
.entry-system { align-self: center; background: transparent; border: 0; color: #4f566b; font-size: 12.5px; text-align: center; }
.pending { opacity: .75; }
.failed { opacity: 1; background: #fff0f0; color: #8a1c1c; border-color: #e5a0a0; }
.who { display: block; font-size: 11.5px; font-weight: 600; margin-bottom: 2px; }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.sources { margin-top: 6px; font-size: 12.5px; }
.sources-label { font-weight: 600; color: #4f566b; }
.sources ul { margin: 2px 0 0; padding-left: 18px; }
.sources a { color: #3b4cca; display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; }
.helped { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 6px; font-size: 12.5px; color: #4f566b; }
.helped[hidden] { display: none; }
.chip { background: #fff; border: 1px solid #3b4cca; color: #3b4cca; border-radius: 22px; padding: 0 14px; font-size: 13px; }
.chip[aria-pressed="true"] { background: #3b4cca; color: #fff; }
.chip:disabled { cursor: default; }
.typing { margin: 0; padding: 2px 14px; font-size: 12.5px; color: #4f566b; font-style: italic; }
.typing[hidden], .handoff:empty, .composer[hidden], .actions[hidden] { display: none; }
.error { margin: 0; padding: 6px 14px; background: #fff0f0; color: #8a1c1c; font-size: 13px; }
.error[hidden] { display: none; }
.handoff { padding: 10px 14px; border-top: 1px solid #e3e6f0; display: flex; flex-direction: column; gap: 6px; }
.handoff p { margin: 0; }
.handoff .lead { font-weight: 600; }
.handoff form { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.handoff input[type="email"] { flex: 1 1 160px; min-height: 44px; box-sizing: border-box; font: inherit; font-size: 16px; padding: 6px 10px; border: 1px solid #c9cedd; border-radius: 10px; }
.scores { display: flex; gap: 6px; }
.scores .chip { flex: 1; padding: 0; }
.handoff textarea { flex: 1 1 100%; min-height: 44px; }
.actions { padding: 6px 14px 0; }
.human { background: #fff; border: 1px solid #3b4cca; color: #3b4cca; border-radius: 22px; padding: 0 14px; font-size: 13px; }
.human.suggested { background: #3b4cca; color: #fff; }
.human[hidden] { display: none; }
.composer { display: flex; gap: 8px; align-items: flex-end; padding: 10px 14px 14px; }
textarea { flex: 1; resize: none; font: inherit; font-size: 16px; line-height: 22px; padding: 10px; min-height: 44px; max-height: 158px; box-sizing: border-box; overflow-y: auto; border: 1px solid #c9cedd; border-radius: 10px; }
.primary { background: #3b4cca; color: #fff; border: 0; border-radius: 10px; padding: 0 16px; font-weight: 600; }
.link { background: none; border: 0; color: inherit; text-decoration: underline; padding: 0 8px; font-size: 12.5px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.root.page { inset: 0; }
.page .panel { position: fixed; inset: 0; width: auto; height: auto; margin: 0; border-radius: 0; }
.page .launcher, .page .close, .page .preview { display: none; }
@media (max-width: 480px) {
  .root.open { inset: 0; }
  .root.open .panel { position: fixed; inset: 0; width: auto; height: 100%; margin: 0; border-radius: 0; }
  .root.open .launcher, .root.open .preview { display: none; }
}
`;
