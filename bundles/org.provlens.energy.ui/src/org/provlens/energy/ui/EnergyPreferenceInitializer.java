package org.provlens.energy.ui;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.provlens.energy.core.EnergyModels;

/** The defaults of the energy preferences: Green Algorithms' PUE, CodeCarbon's world intensity, no files. */
public class EnergyPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(EnergyPreferences.NODE);
        defaults.putDouble(EnergyPreferences.PUE, EnergyModels.DEFAULT_PUE);
        defaults.putDouble(EnergyPreferences.INTENSITY, EnergyModels.DEFAULT_INTENSITY);
        defaults.put(EnergyPreferences.GRID_FILE, "");
        defaults.put(EnergyPreferences.GRID_BASIS, "direct");
        defaults.put(EnergyPreferences.DEVICES_FILE, "");
        defaults.putDouble(EnergyPreferences.GPU_USAGE, EnergyModels.DEFAULT_USAGE);
    }
}
