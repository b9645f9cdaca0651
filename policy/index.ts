// The sovereign-cloud policy pack. Only builds the pack: the policies live in ../src/policy.
import { PolicyPack } from "@pulumi/policy";
import { policies } from "../src/policy/index";

new PolicyPack("sovereign-cloud", { policies: policies() });
