package org.provlens.importer.core.tests.prov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.importer.core.prov.ProvNames;

/** Escaping of source ids into qualified names, and back. */
class ProvNamesTest {

    @Test
    void idsWithinTheGrammarAreKeptAsTheyAre() {
        for (String id : List.of("epoch-0", "a9a08ba1f7f1412ba9a1dd9ecab7478b", "wf_llm_ft_0001", "opt.betas",
                "/lustre/orion/data/alpaca_subset.parquet", "0starts-with-digit")) {
            assertEquals(id, ProvNames.escape(id));
            assertTrue(ProvNames.isQualifiedName("task:" + ProvNames.escape(id)), id);
        }
    }

    @Test
    void everythingElseIsPercentEscapedAndComesBack() {
        assertEquals("%2Dx", ProvNames.escape("-x"));
        assertEquals("%2Ex.y%2E", ProvNames.escape(".x.y."));
        assertEquals("sha256%3Aabc", ProvNames.escape("sha256:abc"));
        assertEquals("a%20b%25c%40d", ProvNames.escape("a b%c@d"));
        assertEquals("%C3%A9t%C3%A9%F0%9F%94%A5", ProvNames.escape("été🔥"));
        for (String id : List.of("-x", ".x.y.", "sha256:abc", "a b%c@d", "été🔥", "%41", "back\\slash", "",
                "s3://bucket/key?x=1&y=2#frag", "tab\tnew\nline")) {
            String local = ProvNames.escape(id);
            assertTrue(ProvNames.isQualifiedName("artifact:" + local), local);
            assertEquals(id, ProvNames.unescape(local));
        }
    }

    @Test
    void provNBackslashEscapesOfOtherToolsAreRead() {
        assertEquals("a:b(c)", ProvNames.unescape("a\\:b\\(c\\)"));
        assertTrue(ProvNames.isQualifiedName("ex:a\\:b"));
        assertFalse(ProvNames.isQualifiedName("ex:a:b"));
        assertFalse(ProvNames.isQualifiedName("ex:a b"));
        assertFalse(ProvNames.isQualifiedName("ex:-a"));
        assertFalse(ProvNames.isQualifiedName("ex:a."));
        assertFalse(ProvNames.isQualifiedName("ex:%G1"));
        assertFalse(ProvNames.isQualifiedName("bad prefix:a"));
        assertTrue(ProvNames.isQualifiedName("_:b1"));
        assertTrue(ProvNames.isQualifiedName("ex:"));
    }
}
