package org.provlens.compare.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.compare.core.internal.Points;
import org.provlens.compare.core.internal.RunFacts;

/**
 * The samples of series of the compared runs, for overlay charts and small multiples: each run walked once (the
 * runs in parallel), each series thinned to the number of samples asked (min/max per slice of its x range, see
 * {@link Decimation}) on its step axis when it has steps, else on its time axis.
 */
public final class OverlayProvider implements DataProvider<OverlayQuery, List<Overlay>> {

    @Override
    public ProviderResponse<List<Overlay>> fetch(OverlayQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> overlays(query, m));
    }

    private static List<Overlay> overlays(OverlayQuery query, IProgressMonitor monitor) {
        int n = query.executions().size();
        Set<String> wanted = query.keys().isEmpty() ? null : Set.copyOf(query.keys());
        monitor.beginTask("Reading the series of " + n + " runs", n);
        RunFacts[] facts = new RunFacts[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Providers.checkCancelled(monitor);
            facts[i] = query.executions().get(i) == null ? null
                    : RunFacts.collect(query.executions().get(i), wanted == null ? null : wanted::contains);
            synchronized (monitor) {
                monitor.worked(1);
            }
        });
        Set<String> keys = new LinkedHashSet<>(query.keys());
        if (keys.isEmpty()) {
            for (RunFacts fact : facts) {
                if (fact != null) {
                    keys.addAll(fact.series().keySet());
                }
            }
        }
        List<Overlay> overlays = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<Overlay.Samples> runs = new ArrayList<>(n);
            String unit = "";
            boolean telemetry = false;
            for (RunFacts fact : facts) {
                Points points = fact == null ? null : fact.series().get(key);
                if (points == null || points.size() == 0) {
                    runs.add(null);
                    continue;
                }
                unit = unit.isEmpty() ? points.unit() : unit;
                telemetry |= points.telemetry();
                double[] steps = points.hasSteps() ? points.steps() : null;
                double[] times = points.hasTimes() ? points.times() : null;
                double[] values = points.values();
                if (steps == null && times == null) {
                    runs.add(null); // neither steps nor times: nothing to place the samples on
                    continue;
                }
                if (query.maxPoints() > 0) {
                    int[] kept = Decimation.minMax(steps != null ? steps : times, values,
                            Math.max(1, query.maxPoints() / 4));
                    steps = Decimation.pick(steps, kept);
                    times = Decimation.pick(times, kept);
                    values = Decimation.pick(values, kept);
                }
                runs.add(new Overlay.Samples(steps, times, values));
            }
            overlays.add(new Overlay(key, unit, telemetry, java.util.Collections.unmodifiableList(runs)));
        }
        return overlays;
    }
}
