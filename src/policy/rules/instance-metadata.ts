/**
 * instance-metadata: an EC2 instance's metadata service demands session tokens (IMDSv2), so a
 * server-side request forgery cannot read the instance's credentials with a plain GET.
 *
 * - AWS: `metadataOptions.httpTokens: "required"`, or `httpEndpoint: "disabled"` (no metadata
 *   service at all). Without `httpTokens` the AMI's `ImdsSupport` or the account's default
 *   decides, which the program does not show: "cannot tell" (HttpTokens "Default: … ImdsSupport
 *   … account level default", https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html).
 *   `httpPutResponseHopLimit: 1` keeps tokens away from containers on the instance; it is
 *   recommended in the remediation but not required (containers that need the metadata service
 *   legitimately use 2).
 * - Google Cloud and Azure: the metadata server only answers requests with the `Metadata-Flavor:
 *   Google` / `Metadata: true` header, and there is no setting to weaken it, so nothing to check
 *   (https://docs.cloud.google.com/compute/docs/metadata/overview,
 *   https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service).
 *   (`block-project-ssh-keys` on GCP is about SSH keys, not the metadata endpoint.)
 * - Scaleway, OVHcloud, Hetzner, OpenStack: their SDKs have no setting that hardens the metadata service.
 */
import { inputRule, type InputCheck, type ResourceRule } from "../rule";
import { at, str } from "../read";

const WHAT: Readonly<Record<string, string>> = {
  "aws:ec2/instance:Instance": "EC2 instance",
  "aws:ec2/spotInstanceRequest:SpotInstanceRequest": "EC2 spot instance request",
  "aws:ec2/launchTemplate:LaunchTemplate": "EC2 launch template",
  "aws:ec2/launchConfiguration:LaunchConfiguration": "EC2 launch configuration",
};

/** The metadata service of one EC2 resource (`what`): IMDSv2 required, or no metadata service at all. */
const imdsv2 =
  (what: string): InputCheck =>
  (p) => {
    const endpoint = str(at(p, "metadataOptions", "httpEndpoint"));
    if (endpoint === "disabled") return [];
    const tokens = str(at(p, "metadataOptions", "httpTokens"));
    if (tokens === "required") return [];
    if (tokens === undefined)
      return [
        {
          message: `cannot tell whether ${what} requires IMDSv2: metadataOptions.httpTokens is not set, so the AMI or the account's default decides whether IMDSv1 answers.`,
          unreadable: "metadataOptions.httpTokens (not set: the AMI or account default decides)",
        },
      ];
    return [
      `${what} allows IMDSv1: metadataOptions.httpTokens is ${tokens}, so any request from the instance (e.g. a forged one) can read its credentials without a session token.`,
    ];
  };

export const instanceMetadataRule: ResourceRule = inputRule(
  {
    name: "instance-metadata",
    description:
      "EC2 instances, launch templates and launch configurations require IMDSv2 session tokens (metadataOptions.httpTokens: required) or disable the metadata service; a setting left to the AMI or account default is reported as 'cannot tell'. Google Cloud and Azure metadata servers always require a header and need no setting.",
    severity: "high",
    enforcementLevel: "mandatory",
    remediationSteps:
      'Set metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" } (hop limit 2 only where containers on the instance need the metadata service), or httpEndpoint: "disabled" if nothing on the instance uses it. sovereign-cloud\'s VirtualMachine does this on AWS.',
  },
  (type) => {
    const what = WHAT[type];
    return what === undefined ? undefined : imdsv2(what);
  },
);
