import { defineSources } from "./types";

/** Sources of the managed-Kubernetes facts (`src/catalog/kubernetes.ts`). */
export const KUBERNETES_SOURCES = defineSources({
  "aws-eks-endpoints": {
    title:
      "Amazon EKS endpoints and quotas: service endpoints per Region (Europe: eu-central-1, eu-central-2, eu-north-1, eu-south-1, eu-south-2, eu-west-1, eu-west-2, eu-west-3)",
    ref: "https://docs.aws.amazon.com/general/latest/gr/eks.html",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "eol-amazon-eks": {
    title: "endoflife.date, Amazon EKS: 1.33, 1.34, 1.35 in standard support (1.29-1.32 in paid extended support)",
    ref: "https://endoflife.date/amazon-eks",
    asOf: "2026-02-13",
    kind: "secondary",
  },
  "aks-supported-versions": {
    title: "Supported Kubernetes versions in AKS (ms.date 2026-08-05): release calendar, GA and end-of-life per minor version",
    ref: "MicrosoftDocs/azure-aks-docs articles/aks/supported-kubernetes-versions.md",
    asOf: "2026-08-05",
    kind: "primary",
  },
  "gke-mesh-regions": {
    title:
      "Cloud Service Mesh: GKE clusters must be in one of the listed regions (Europe: europe-central2, europe-north1, europe-southwest1, europe-west1/2/3/4/6/8/9)",
    ref: "https://cloud.google.com/service-mesh/v1.21/docs/onboarding/kubernetes-off-gcp/install/migrate-in-cluster-to-managed-on-new-cluster",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "eol-gke": {
    title: "endoflife.date API, Google Kubernetes Engine (generated 2026-04-10): 1.33, 1.34, 1.35 maintained; 1.32 end of life 2026-04-11",
    ref: "https://endoflife.date/api/v1/products/google-kubernetes-engine",
    asOf: "2026-04-10",
    kind: "secondary",
  },
  "scaleway-k8s-versions": {
    title:
      "Scaleway Kubernetes version support policy (validated 2025-10-01): 1.31 to 1.34 released on Kapsule, 1.31 deprecated from 2025-12-02",
    ref: "scaleway/docs-content pages/kubernetes/reference-content/version-support-policy.mdx (PR #5593)",
    asOf: "2025-10-01",
    kind: "primary",
  },
  "ovh-mks-versions": {
    title: "OVHcloud Managed Kubernetes: plugins and software versions (updated 2025-10-02): releases 1.29 to 1.34 supported",
    ref: "ovh/docs pages/public_cloud/containers_orchestration/managed_kubernetes/software-versions-reserved-resources (PR #8473)",
    asOf: "2025-10-02",
    kind: "primary",
  },
  "ovh-kube-regions": {
    title:
      "OVHcloud API enum cloud.kube.RegionEnum as generated into a TypeScript client: BHS5, DE1, GRA5, GRA7, GRA9, SBG5, SGP1, SYD1, UK1, US-EAST-VA-1, US-WEST-OR-1, WAW1",
    ref: "npm node-ovh-ts@0.0.5 dist/models/CloudKubeRegionEnum.d.ts",
    asOf: "2026-12-03",
    kind: "secondary",
  },
});
