package org.provlens.compare.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.compare.core.internal.Points;
import org.provlens.compare.core.internal.RunFacts;
import org.provlens.model.Execution;

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
        // Each run's samples are thinned as soon as its tasks are walked: only what is drawn is kept.
        List<Map<String, Overlay.Samples>> runs = new ArrayList<>(java.util.Collections.nCopies(n, null));
        List<Map<String, String[]>> kinds = new ArrayList<>(java.util.Collections.nCopies(n, null));
        IntStream.range(0, n).parallel().forEach(i -> {
            Providers.checkCancelled(monitor);
            Execution execution = query.executions().get(i);
            Map<String, Overlay.Samples> samples = new LinkedHashMap<>();
            Map<String, String[]> kind = new LinkedHashMap<>();
            if (execution != null) {
                RunFacts.collect(execution, wanted == null ? null : wanted::contains).series().forEach((key, points) -> {
                    Overlay.Samples thinned = thin(points, query.maxPoints());
                    if (thinned != null) {
                        samples.put(key, thinned);
                        kind.put(key, new String[] {points.unit(), Boolean.toString(points.telemetry())});
                    }
                });
            }
            runs.set(i, samples);
            kinds.set(i, kind);
            synchronized (monitor) {
                monitor.worked(1);
            }
        });
        Set<String> keys = new LinkedHashSet<>(query.keys());
        if (keys.isEmpty()) {
            runs.forEach(samples -> keys.addAll(samples.keySet()));
        }
        List<Overlay> overlays = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<Overlay.Samples> perRun = new ArrayList<>(n);
            String unit = "";
            boolean telemetry = false;
            for (int i = 0; i < n; i++) {
                perRun.add(runs.get(i).get(key));
                String[] kind = kinds.get(i).get(key);
                if (kind != null) {
                    unit = unit.isEmpty() ? kind[0] : unit;
                    telemetry |= Boolean.parseBoolean(kind[1]);
                }
            }
            overlays.add(new Overlay(key, unit, telemetry, java.util.Collections.unmodifiableList(perRun)));
        }
        return overlays;
    }

    /** A run's samples in drawing order, thinned; {@code null} when they have neither steps nor times. */
    private static Overlay.Samples thin(Points points, int maxPoints) {
        if (points.size() == 0) {
            return null;
        }
        points.ordered();
        double[] steps = points.hasSteps() ? points.steps() : null; // ordered: a metric's positions are its steps
        double[] times = points.hasTimes() ? points.times() : null;
        double[] values = points.values();
        if (steps == null && times == null) {
            return null;
        }
        if (maxPoints > 0) {
            int[] kept = Decimation.minMax(steps != null ? steps : times, values, Math.max(1, maxPoints / 4));
            steps = Decimation.pick(steps, kept);
            times = Decimation.pick(times, kept);
            values = Decimation.pick(values, kept);
        }
        return new Overlay.Samples(steps, times, values);
    }
}
