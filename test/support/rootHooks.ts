import { stopSharedPack } from "./pack";

/** Mocha root hooks: the shared policy pack is stopped once, after every test. */
export const mochaHooks = {
    async afterAll(): Promise<void> {
        await stopSharedPack();
    },
};
