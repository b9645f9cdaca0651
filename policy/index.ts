// The sovereign-cloud policy pack. Only builds the pack from the package's `sovereign-cloud/policy`
// entry point (a dependency in package.json, `file:..` in this repository), so `pulumi policy
// publish` can ship this folder on its own once that dependency names a published version.
import { PolicyPack } from "@pulumi/policy";
import { policies } from "sovereign-cloud/policy";

new PolicyPack("sovereign-cloud", { policies: policies() });
