import { defineCommand, repeatable, runs, type CommandOutcome } from '../command-kit';

export const benchCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('bench', {
      summary: 'measure latency, throughput and memory on a local stack of its own; --drill kills servers under load',
      description:
        'Measures the message path (latency, throughput, memory) against a local stack of its own, or a running Baton with --url; with --drill, kills the servers under load on purpose and checks that nothing was lost.',
      usage: '[--quick] [--conversations N] [--duration S] [--concurrency C] [--think S] [--json FILE] [--drill] [--url URL] [--profile DIR] [--keep-data]',
      exitCodes: [
        [0, 'the run completed (the numbers are reported, not judged)'],
        [1, 'the run failed (a process died, the drill lost something, an error)'],
        [2, 'a bad option'],
      ],
    })
      .option('--quick', "a short run (under 2 minutes) with smaller numbers; with --drill, the drill's short form")
      .option('--conversations <n>', 'open conversations for the memory reading (default 1000; quick 150)')
      .option('--duration <s>', 'seconds of sustained load (default 60; quick 15)')
      .option('--concurrency <c>', 'concurrent customers under load (default 200; quick 40); with --drill, customers under load')
      .option('--think <s>', 'mean seconds a customer under load takes between a reply and the next message (default 3)')
      .option('--json <file>', 'also write the results as JSON')
      .option('--drill', 'fault drill: kill -9 the worker, the API, FerretDB and Temporal under load, and check nothing was lost')
      .option('--url <url>', 'measure a running Baton (e.g. http://localhost:4000/graphql) instead of starting a stack')
      .option('--profile <dir>', 'write CPU profiles of the worker and the API (node --cpu-prof) into DIR and summarize them')
      .option('--keep-data', "keep the temporary stack's data and logs")
      .option('--no-agent-during-load', "close the agents' inbox subscriptions before the sustained load (by default one stays open)")
      .option('--dynamic-config <KEY=VALUE>', "a dynamic config value for the bench's Temporal dev server, over temporal.yaml's (repeatable)", repeatable),
    outcome,
    async (command) => (await import('../bench-command')).runBenchCommand(command.opts()),
  );
