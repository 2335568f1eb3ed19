package io.connectmongodb.benchmarks;

import io.connectmongodb.benchmarks.runner.RunMode;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Command-line options of {@link BenchmarkMain}; unknown options fail with the usage. */
record Options(RunMode mode, String only, Set<String> servers, boolean profile) {
    static final String USAGE = "usage: java -jar benchmarks.jar [--quick] [--only TEXT] [--servers stub,embedded,in-memory]"
            + " [--profile]";
    private static final Set<String> ALL_SERVERS = Set.of("stub", "embedded", "in-memory");

    static Options parse(String[] args) {
        RunMode mode = RunMode.FULL;
        String only = null;
        Set<String> servers = ALL_SERVERS;
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick":
                    mode = RunMode.QUICK;
                    break;
                case "--full":
                    mode = RunMode.FULL;
                    break;
                case "--profile":
                    profile = true;
                    break;
                case "--only":
                    only = value(args, ++i, "--only").toLowerCase(Locale.ROOT);
                    break;
                case "--servers":
                    servers = Set.copyOf(List.of(value(args, ++i, "--servers").split(",")));
                    if (!ALL_SERVERS.containsAll(servers)) {
                        throw new IllegalArgumentException("unknown server in " + servers + "; " + USAGE);
                    }
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        return new Options(mode, only, servers, profile);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[index];
    }

    boolean wants(String server) {
        return servers.contains(server);
    }

    boolean selects(String workloadName) {
        return only == null || workloadName.toLowerCase(Locale.ROOT).contains(only);
    }
}
