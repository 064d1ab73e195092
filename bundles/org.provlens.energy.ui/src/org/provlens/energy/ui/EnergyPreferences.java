package org.provlens.energy.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.DevicePowers;
import org.provlens.energy.core.EnergyModels;
import org.provlens.energy.core.GridIntensity;

/**
 * The energy preferences: the PUE and carbon intensity of sites that have none in the workspace, a grid intensity
 * export, a device power table and the utilisation of GPUs that recorded none, as {@link Assumptions}. The files are
 * read once and again when they change; a file that cannot be read is left out and reported
 * ({@link #problems()}).
 */
public final class EnergyPreferences {

    /** The preference node. */
    public static final String NODE = EnergyUi.PLUGIN_ID;
    /** The PUE of sites without one. */
    public static final String PUE = "pue";
    /** The carbon intensity of sites without one, gCO2e/kWh. */
    public static final String INTENSITY = "intensity";
    /** An Electricity Maps or Ember export; empty for none. */
    public static final String GRID_FILE = "grid.file";
    /** {@code direct} or {@code lifecycle}. */
    public static final String GRID_BASIS = "grid.basis";
    /** A device power table replacing the built-in one; empty for the built-in. */
    public static final String DEVICES_FILE = "devices.file";
    /** The utilisation of GPUs that recorded none, 0 to 1. */
    public static final String GPU_USAGE = "gpu.usage";

    private static final Object LOCK = new Object();
    private static Cached<GridIntensity> grid;
    private static Cached<DevicePowers> devices;
    private static final List<String> PROBLEMS = new ArrayList<>();
    private static final java.util.Set<String> LOGGED = new java.util.HashSet<>();

    private record Cached<T>(Path file, long modified, String basis, T value) {
    }

    private EnergyPreferences() {
    }

    /**
     * The preference node, for listeners.
     *
     * @return the instance-scope node
     */
    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /**
     * The assumptions the preferences give now.
     *
     * @return the assumptions
     */
    public static Assumptions assumptions() {
        IEclipsePreferences node = node();
        double pue = node.getDouble(PUE, EnergyModels.DEFAULT_PUE);
        double intensity = node.getDouble(INTENSITY, EnergyModels.DEFAULT_INTENSITY);
        Assumptions assumptions = Assumptions.defaults();
        if (pue != EnergyModels.DEFAULT_PUE || intensity != EnergyModels.DEFAULT_INTENSITY) {
            try {
                assumptions = assumptions.withDefaults(pue, intensity, "the Energy preferences");
            } catch (IllegalArgumentException e) {
                problem("The energy preferences' PUE or intensity is not valid (" + e.getMessage()
                        + "): the defaults are used");
            }
        }
        double usage = node.getDouble(GPU_USAGE, EnergyModels.DEFAULT_USAGE);
        if (usage > 0 && usage <= 1) {
            assumptions = assumptions.withGpuUsage(usage);
        }
        synchronized (LOCK) {
            PROBLEMS.clear();
            String basis = node.get(GRID_BASIS, "direct");
            grid = load(node.get(GRID_FILE, ""), basis, grid, file -> GridIntensity.read(file,
                    GridIntensity.Basis.valueOf(basis.toUpperCase(Locale.ROOT))), "grid intensity");
            devices = load(node.get(DEVICES_FILE, ""), "", devices, DevicePowers::read, "device table");
            if (grid != null) {
                assumptions = assumptions.withGrid(grid.value());
            }
            if (devices != null) {
                assumptions = assumptions.withDevices(devices.value());
            }
        }
        return assumptions;
    }

    /**
     * What could not be read the last time the assumptions were made.
     *
     * @return problems, for the Energy view to show
     */
    public static List<String> problems() {
        synchronized (LOCK) {
            return List.copyOf(PROBLEMS);
        }
    }

    private interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private static <T> Cached<T> load(String name, String basis, Cached<T> before, Reader<T> reader, String what) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Path file = Path.of(name);
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (before != null && before.file().equals(file) && before.modified() == modified
                    && before.basis().equals(basis)) {
                return before;
            }
            return new Cached<>(file, modified, basis, reader.read(file));
        } catch (IOException | IllegalArgumentException e) {
            problem("The " + what + " of the Energy preferences could not be read, so it is not used: "
                    + (e.getMessage() != null ? e.getMessage() : file.toString()));
            return null;
        }
    }

    private static void problem(String message) {
        if (!PROBLEMS.contains(message)) {
            PROBLEMS.add(message);
        }
        if (LOGGED.add(message)) { // once a session: the assumptions are made at every level opened
            ILog.of(EnergyPreferences.class).log(new Status(IStatus.WARNING, EnergyUi.PLUGIN_ID, message));
        }
    }
}
