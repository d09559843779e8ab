import { stopSharedHost } from "../provider/support/sharedHost";
import { stopSharedPack } from "./pack";

/** Mocha root hooks: the shared policy pack and component host are stopped once, after every test. */
export const mochaHooks = {
    async afterAll(): Promise<void> {
        await stopSharedPack();
        await stopSharedHost();
    },
};
