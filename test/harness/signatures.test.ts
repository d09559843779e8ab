import { strict as assert } from "assert";
import * as rpc from "@pulumi/pulumi/runtime/rpc";
import * as signatures from "../../cli/harness/signatures";

describe("the wire markers of serialized values, spelt out so that file readers never load the SDK", () => {
    it("are the SDK's own", () => {
        assert.deepEqual(signatures, {
            SIG_KEY: rpc.specialSigKey, SECRET_SIG: rpc.specialSecretSig, RESOURCE_SIG: rpc.specialResourceSig, ASSET_SIG: rpc.specialAssetSig,
            ARCHIVE_SIG: rpc.specialArchiveSig, OUTPUT_SIG: rpc.specialOutputValueSig, UNKNOWN_VALUE: rpc.unknownValue,
        });
    });
});
