package org.provlens.analysis.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.ProviderStatus;
import org.provlens.analysis.core.provider.Providers;

class ProvidersTest {

    @Test
    void aComputationThatReturnsIsCompletedAndTimed() {
        ProviderResponse<String> response = Providers.run(null, m -> "data");
        assertEquals(ProviderStatus.COMPLETED, response.status());
        assertEquals("data", response.model());
        assertEquals("", response.message());
        assertTrue(!response.elapsed().isNegative());
    }

    @Test
    void aBadQueryFailsWithItsMessageAndNoData() {
        ProviderResponse<String> response = Providers.run(null, m -> {
            throw new IllegalArgumentException("unknown key 'x'");
        });
        assertEquals(ProviderStatus.FAILED, response.status());
        assertNull(response.model());
        assertEquals("unknown key 'x'", response.message());
    }

    @Test
    void aCancelledMonitorGivesCancelled() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        ProviderResponse<String> thrown = Providers.run(monitor, m -> {
            Providers.checkCancelled(m);
            return "never";
        });
        assertEquals(ProviderStatus.CANCELLED, thrown.status());
        assertNull(thrown.model());
        assertEquals("cancelled", thrown.message());
        ProviderResponse<String> partial = Providers.run(monitor, m -> "partial");
        assertEquals(ProviderStatus.CANCELLED, partial.status());
        assertEquals("partial", partial.model());
        assertThrows(OperationCanceledException.class, () -> Providers.checkCancelled(monitor));
    }

    @Test
    void onlyAFailedResponseMayLackData() {
        assertThrows(NullPointerException.class,
                () -> new ProviderResponse<String>(ProviderStatus.COMPLETED, null, null, null));
    }
}
