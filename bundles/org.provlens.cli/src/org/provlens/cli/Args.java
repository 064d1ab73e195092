package org.provlens.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: positional arguments, {@code --option value} pairs and {@code --flag}s. Options are
 * checked against what a command accepts, so a typo is a usage error rather than silently ignored.
 */
public final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags;

    /**
     * Parses arguments.
     *
     * @param args the arguments after the command name
     * @param valued options that take a value
     * @param flags options without a value
     * @throws UsageException on an unknown option or a missing value
     */
    public Args(List<String> args, Set<String> valued, Set<String> flags) {
        this.flags = new java.util.HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    options.put(name, value);
                } else if (flags.contains(name) && value == null) {
                    this.flags.add(name);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                positional.add(arg);
            }
        }
    }

    /**
     * The positional arguments.
     *
     * @return them, in order
     */
    public List<String> positional() {
        return positional;
    }

    /**
     * An option's value.
     *
     * @param name the option name without dashes
     * @return the value, {@code null} when not given
     */
    public String option(String name) {
        return options.get(name);
    }

    /**
     * Whether a flag was given.
     *
     * @param name the flag name without dashes
     * @return true when given
     */
    public boolean flag(String name) {
        return flags.contains(name);
    }
}
