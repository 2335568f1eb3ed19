package io.connectmongodb.benchmarks;

import io.connectmongodb.benchmarks.runner.RunMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    @Test
    void profileIsOffUnlessAsked() {
        assertFalse(Options.parse(new String[0]).profile());
        Options options = Options.parse(new String[] {"--quick", "--profile", "--only", "FindOne"});
        assertTrue(options.profile());
        assertEquals(RunMode.QUICK, options.mode());
        assertTrue(options.selects("findone by _id"));
    }

    @Test
    void unknownOptionsFailWithTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--profiles"}));
        assertTrue(e.getMessage().contains("[--profile]"), e.getMessage());
    }
}
