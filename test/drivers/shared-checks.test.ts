import { describe, expect, it } from "vitest";
import { userDataProblems } from "../../src/drivers/cloudinit";
import { flag, oneOf, overrideProblems, text, type OverrideBlock } from "../../src/drivers/override-schema";

const where = (ps: { code: string; path: string }[]) => ps.map((p) => `${p.code} ${p.path}`);

describe("override blocks validated by their zod schema", () => {
  const block: OverrideBlock<{ on?: boolean; name?: string; tier?: string }> = {
    path: "overrides.x",
    fields: { on: flag(), name: text('"a"'), tier: oneOf(["Cool", "Cold"]) },
  };

  it("reports each bad field once at its path, with the field's message", () => {
    const found = overrideProblems(block, { on: "yes", name: " ", tier: "Hot" });
    expect(where(found)).toEqual([
      "SC_INVALID_ARGUMENT overrides.x.on",
      "SC_INVALID_ARGUMENT overrides.x.name",
      "SC_INVALID_ARGUMENT overrides.x.tier",
    ]);
    expect(found[0]!.message).toBe("must be true or false.");
    expect(found[0]!.fix).toBe("set overrides.x.on to a boolean.");
    expect(found[1]!.message).toBe("must be a non-empty string.");
  });

  it("accepts a valid or absent block, and ignores unknown keys unless strict", () => {
    expect(overrideProblems(block, undefined)).toEqual([]);
    expect(overrideProblems(block, { on: false, name: "a", tier: "Cold", other: 1 })).toEqual([]);
    expect(where(overrideProblems({ ...block, strict: { message: "unknown." } }, { other: 1 }))).toEqual([
      "SC_INVALID_ARGUMENT overrides.x.other",
    ]);
  });

  it("refuses a block that is not an object", () => {
    expect(where(overrideProblems(block, "on"))).toEqual(["SC_INVALID_ARGUMENT overrides.x"]);
    expect(where(overrideProblems(block, []))).toEqual(["SC_INVALID_ARGUMENT overrides.x"]);
  });
});

describe("cloud-init user data checks", () => {
  const vm = { adminUsername: "ops", sshKeys: ["ssh-ed25519 AAAA k"] };

  it("refuses user data whose format cloud-init cannot tell when keys must be combined with it", () => {
    expect(where(userDataProblems({ ...vm, userData: "echo hi" }))).toEqual(["SC_INVALID_ARGUMENT userData"]);
    expect(userDataProblems({ ...vm, userData: "#!/bin/sh\necho hi" })).toEqual([]);
    expect(userDataProblems({ ...vm, sshKeys: [], userData: "echo hi" })).toEqual([]);
  });

  it("measures the rendered user data, raw or base64 encoded, against the provider's limit", () => {
    const userData = `#!/bin/sh\n${"x".repeat(900)}`;
    expect(userDataProblems({ ...vm, userData }, { maxBytes: 2000, message: "m" })).toEqual([]);
    // About 1.5 KB rendered (with the key part), about 2 KB once base64 encoded.
    const encoded = userDataProblems({ ...vm, userData }, { maxBytes: 1600, encoding: "base64", message: "limited." });
    expect(where(encoded)).toEqual(["SC_INVALID_ARGUMENT userData"]);
    expect(encoded[0]!.received).toMatch(/\d+ bytes encoded/);
    expect(userDataProblems({ ...vm, userData }, { maxBytes: 1600, message: "m" })).toEqual([]);
    expect(where(userDataProblems({ ...vm, userData }, { maxBytes: 1000, message: "m" }))).toEqual(["SC_INVALID_ARGUMENT userData"]);
  });
});
