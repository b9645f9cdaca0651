// Loads the reference program the way the Pulumi Node.js language host does for a TypeScript
// project (@pulumi/pulumi/cmd/run/run.js: resolve ts-node/typescript, read tsconfig.json's
// compilerOptions, ts-node.register with type-checking), then runs it for one stack under the
// SDK's mocks and prints how many resources it registered. Usage: node language-host.cjs <root> <stack>
const path = require("path");
const [root, stack] = process.argv.slice(2);
process.chdir(root);
const tsutils = require(require.resolve("@pulumi/pulumi/tsutils.js", { paths: [root] }));
const compilerOptions = tsutils.loadTypeScriptCompilerOptions("tsconfig.json");
const { tsnodeRequire, typescriptRequire } = tsutils.typeScriptRequireStrings();
require(tsnodeRequire).register({
  compiler: typescriptRequire,
  project: "tsconfig.json",
  skipProject: false,
  compilerOptions: { target: "ES2020", module: "nodenext", moduleResolution: "nodenext", sourceMap: "true", ...compilerOptions },
});
const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [root] }));
const { Recorder, settle } = require(path.join(root, "src/offline/recorder.ts"));
const { readProject, readStackConfig } = require(path.join(root, "src/offline/project.ts"));
(async () => {
  const project = readProject(path.join(root, "Pulumi.yaml"));
  const recorder = new Recorder();
  await recorder.install(project.name, stack);
  pulumi.runtime.setAllConfig(readStackConfig(project, stack));
  require(project.main);
  await settle();
  console.log(
    JSON.stringify({
      tsNode: path.basename(tsnodeRequire),
      typescript: require(typescriptRequire).version,
      resources: recorder.resources.length,
    }),
  );
})().catch((e) => {
  console.error(e && e.message ? e.message : e);
  process.exit(1);
});
