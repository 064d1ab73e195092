package org.provlens.generator.core;

/**
 * The simulated state of one Frontier compute node (64-core EPYC, 512 GB, four MI250X cards = eight GCDs):
 * cumulative counters (CPU times, disk and network IO, GPU energy) that only grow as time advances, GPU
 * temperatures that follow power with a lag, and the current load. {@link #telemetry} writes a Flowcept
 * telemetry block (psutil and amdsmi fields) of the present state.
 *
 * <p>Time only moves forward ({@link #advanceTo}), so snapshots taken in time order are consistent.</p>
 */
final class Node {

    static final int LOGICAL_CPUS = 128;
    static final long MEMORY_TOTAL = 540_101_472_256L;
    static final long ROOT_DISK_TOTAL = 1_888_255_754_240L;
    /** Joules per unit of amdsmi's {@code energy_accumulator}. */
    static final double ENERGY_UNIT = 15.259e-6;
    private static final double THERMAL_SECONDS = 75;

    /** What a node is doing; rates per second, GPU figures per GCD or socket. */
    record Load(double cpuBusy, double iowait, double diskReadBps, double diskWriteBps, double netSendBps,
            double netRecvBps, double gfx, double umc, double socketWatts, long vramBytes, long memUsedBytes,
            double processCores, double childCores) {

        static final Load IDLE = new Load(0.004, 0.0, 2e3, 3e4, 4e3, 6e3, 0, 0, RunPlan.IDLE_SOCKET_WATTS,
                11_534_336L, 0, 0, 0);
    }

    /** The Python process Flowcept runs in: its own counters, reset for each job. */
    static final class Proc {
        final int pid;
        final long vms;
        final int threads;
        long rss;
        double user;
        double system;
        double childUser;
        double childSystem;
        double voluntary;
        double involuntary;
        double readBytes;
        double writeBytes;
        double readChars;
        double writeChars;

        Proc(int pid, long rss, long vms, int threads) {
            this.pid = pid;
            this.rss = rss;
            this.vms = vms;
            this.threads = threads;
        }
    }

    final String hostname;
    private final int gcds;
    private final Rng rng;
    private final String[] gpuIds;
    private final double[] gcdOffset;
    private double time;
    /** When the node is free for the next job. */
    double freeAt;

    private double cpuUser;
    private double cpuNice;
    private double cpuSystem;
    private double cpuIdle;
    private double cpuIowait;
    private double cpuIrq;
    private double cpuSoftirq;
    private double readCount;
    private double writeCount;
    private double readBytes;
    private double writeBytes;
    private double readTime;
    private double writeTime;
    private double busyTime;
    private double bytesSent;
    private double bytesRecv;
    private double packetsSent;
    private double packetsRecv;
    private double rootUsed;
    /** Per GCD, in amdsmi units; only the first GCD of each card counts (power is per socket). */
    private final double[] energy;
    /** Edge temperature per card. */
    private final double[] edge;
    private Load load = Load.IDLE;
    private Proc proc;

    Node(String hostname, int gcds, long seed, int index, double now) {
        this.hostname = hostname;
        this.gcds = gcds;
        this.rng = Rng.of(seed, 3, index);
        this.time = now;
        this.freeAt = now;
        double uptime = rng.uniform(2, 40) * 86_400;
        cpuUser = uptime * LOGICAL_CPUS * 0.18;
        cpuNice = uptime * 0.02;
        cpuSystem = uptime * LOGICAL_CPUS * 0.015;
        cpuIdle = uptime * LOGICAL_CPUS * 0.80;
        cpuIowait = uptime * 0.4;
        cpuIrq = uptime * 0.9;
        cpuSoftirq = uptime * 2.1;
        readCount = uptime * 3.1;
        writeCount = uptime * 7.9;
        readBytes = uptime * 2.3e5;
        writeBytes = uptime * 6.1e5;
        readTime = readCount * 0.21;
        writeTime = writeCount * 0.05;
        busyTime = uptime * 4.0;
        bytesSent = uptime * 2.9e7;
        bytesRecv = uptime * 4.4e7;
        packetsSent = bytesSent / 3900;
        packetsRecv = bytesRecv / 4100;
        rootUsed = 21.4e9 + rng.uniform(0, 6e9);
        energy = new double[gcds];
        edge = new double[(gcds + 1) / 2];
        gpuIds = new String[gcds];
        gcdOffset = new double[gcds];
        for (int g = 0; g < gcds; g++) {
            energy[g] = g % 2 == 0 ? uptime * 140 / ENERGY_UNIT : 0;
            gpuIds[g] = rng.uuid();
            gcdOffset[g] = rng.uniform(-1.5, 2.5);
        }
        for (int c = 0; c < edge.length; c++) {
            edge[c] = targetEdge(load.socketWatts());
        }
    }

    private static double targetEdge(double watts) {
        return 28 + 0.092 * watts;
    }

    double time() {
        return time;
    }

    Proc process() {
        return proc;
    }

    void setProcess(Proc process) {
        this.proc = process;
    }

    void setLoad(Load newLoad) {
        this.load = newLoad;
    }

    Load load() {
        return load;
    }

    /**
     * Lets time pass under the current load: counters grow, temperatures move towards the load's.
     *
     * @param until the new time; earlier times are ignored (time never goes back)
     */
    void advanceTo(double until) {
        double dt = until - time;
        if (dt <= 0) {
            return;
        }
        time = until;
        double cpuSeconds = LOGICAL_CPUS * dt;
        double busy = load.cpuBusy() * cpuSeconds;
        double wait = load.iowait() * cpuSeconds;
        cpuUser += busy * 0.86;
        cpuSystem += busy * 0.11;
        cpuSoftirq += busy * 0.02;
        cpuIrq += busy * 0.01;
        cpuNice += 0.0002 * dt;
        cpuIowait += wait;
        cpuIdle += Math.max(0, cpuSeconds - busy - wait);
        double reads = load.diskReadBps() * dt;
        double writes = load.diskWriteBps() * dt;
        readBytes += reads;
        writeBytes += writes;
        readCount += reads / 131_072 + 0.5 * dt;
        writeCount += writes / 65_536 + 1.2 * dt;
        readTime += reads / 2.6e6;
        writeTime += writes / 1.9e6;
        busyTime += (reads + writes) / 3.0e6 + 0.3 * dt;
        bytesSent += load.netSendBps() * dt;
        bytesRecv += load.netRecvBps() * dt;
        packetsSent += load.netSendBps() * dt / 3900;
        packetsRecv += load.netRecvBps() * dt / 4100;
        rootUsed += writes * 0.001;
        double watts = load.socketWatts();
        double decay = StrictMath.exp(-dt / THERMAL_SECONDS);
        for (int c = 0; c < edge.length; c++) {
            edge[c] = targetEdge(watts) + (edge[c] - targetEdge(watts)) * decay;
        }
        for (int g = 0; g < gcds; g += 2) {
            energy[g] += watts * dt / ENERGY_UNIT;
        }
        if (proc != null) {
            proc.user += load.processCores() * dt * 0.93;
            proc.system += load.processCores() * dt * 0.07;
            proc.childUser += load.childCores() * dt * 0.9;
            proc.childSystem += load.childCores() * dt * 0.1;
            proc.voluntary += dt * (40 + 300 * load.processCores());
            proc.involuntary += dt * (2 + 9 * load.processCores());
            proc.readBytes += reads * 0.9;
            proc.writeBytes += writes * 0.8;
            proc.readChars += reads + load.netRecvBps() * dt * 0.6;
            proc.writeChars += writes + load.netSendBps() * dt * 0.6;
        }
    }

    /**
     * Writes a Flowcept telemetry block of the node's present state (the value of {@code telemetry_at_start}
     * or {@code telemetry_at_end}).
     *
     * @param w where to write the object
     */
    void telemetry(JsonBuffer w) {
        w.obj();
        cpu(w);
        if (proc != null) {
            process(w);
        }
        memory(w);
        disk(w);
        network(w);
        gpu(w);
        w.end();
    }

    private void cpu(JsonBuffer w) {
        w.key("cpu").obj();
        w.key("times_avg").obj()
                .kvf("user", cpuUser, 2).kvf("nice", cpuNice, 2).kvf("system", cpuSystem, 2)
                .kvf("idle", cpuIdle, 2).kvf("iowait", cpuIowait, 2).kvf("irq", cpuIrq, 2)
                .kvf("softirq", cpuSoftirq, 2).kvf("steal", 0, 1).kvf("guest", 0, 1).kvf("guest_nice", 0, 1)
                .end();
        double percent = clamp(load.cpuBusy() * 100 + 0.8 * rng.gauss() * (0.3 + load.cpuBusy() * 5), 0.1, 100);
        w.kvf("percent_all", percent, 1);
        double frequency = load.cpuBusy() > 0.05 ? 2950 + 140 * rng.gauss() : 1790 + 120 * rng.gauss();
        w.kvf("frequency", frequency, 3);
        w.end();
    }

    private void process(JsonBuffer w) {
        Proc p = proc;
        w.key("process").obj();
        w.kv("pid", p.pid);
        w.kv("cpu_number", rng.nextInt(LOGICAL_CPUS));
        long rss = p.rss + (long) (rng.gauss() * 2e6);
        w.key("memory").obj().kv("rss", rss).kv("vms", p.vms).kv("shared", 412_442_624L + rss / 40)
                .kv("text", 3_051_520).kv("lib", 0).kv("data", rss + 1_872_000_000L).kv("dirty", 0).end();
        w.kvf("memory_percent", 100.0 * rss / MEMORY_TOTAL, 6);
        w.key("cpu_times").obj().kvf("user", p.user, 2).kvf("system", p.system, 2)
                .kvf("children_user", p.childUser, 2).kvf("children_system", p.childSystem, 2)
                .kvf("iowait", 0, 1).end();
        double percent = Math.max(0, (load.processCores() * 100) + 2 * rng.gauss());
        w.kvf("cpu_percent", percent, 1);
        w.key("io_counters").obj().kv("read_count", (long) (p.readChars / 65_536) + 1200)
                .kv("write_count", (long) (p.writeChars / 32_768) + 300).kv("read_bytes", (long) p.readBytes)
                .kv("write_bytes", (long) p.writeBytes).kv("read_chars", (long) p.readChars + 81_920_000L)
                .kv("write_chars", (long) p.writeChars + 1_048_576L).end();
        w.kv("num_threads", p.threads);
        w.key("num_ctx_switches").obj().kv("voluntary", (long) p.voluntary).kv("involuntary", (long) p.involuntary)
                .end();
        w.end();
    }

    private void memory(JsonBuffer w) {
        long used = 14_800_000_000L + load.memUsedBytes() + (long) (rng.gauss() * 5e7);
        long cached = 38_000_000_000L + (long) Math.min(2.0e11, readBytes * 0.0005 % 1.6e11);
        long free = MEMORY_TOTAL - used - cached;
        long available = free + (long) (cached * 0.92);
        w.key("memory").obj();
        w.key("virtual").obj().kv("total", MEMORY_TOTAL).kv("available", available)
                .kvf("percent", 100.0 * (MEMORY_TOTAL - available) / MEMORY_TOTAL, 1).kv("used", used)
                .kv("free", free).end();
        w.key("swap").obj().kv("total", 0).kv("used", 0).kv("free", 0).kvf("percent", 0, 1).kv("sin", 0)
                .kv("sout", 0).end();
        w.end();
    }

    private void disk(JsonBuffer w) {
        long used = (long) rootUsed;
        w.key("disk").obj();
        w.key("disk_usage").obj().kv("total", ROOT_DISK_TOTAL).kv("used", used).kv("free", ROOT_DISK_TOTAL - used)
                .kvf("percent", 100.0 * used / ROOT_DISK_TOTAL, 1).end();
        w.key("io_sum").obj().kv("read_count", (long) readCount).kv("write_count", (long) writeCount)
                .kv("read_bytes", (long) readBytes).kv("write_bytes", (long) writeBytes)
                .kv("read_time", (long) readTime).kv("write_time", (long) writeTime).kv("busy_time", (long) busyTime)
                .end();
        w.end();
    }

    private void network(JsonBuffer w) {
        w.key("network").obj();
        w.key("netio_sum").obj().kv("bytes_sent", (long) bytesSent).kv("bytes_recv", (long) bytesRecv)
                .kv("packets_sent", (long) packetsSent).kv("packets_recv", (long) packetsRecv).kv("errin", 0)
                .kv("errout", 0).kv("dropin", 0).kv("dropout", 0).end();
        w.end();
    }

    private void gpu(JsonBuffer w) {
        w.key("gpu").obj();
        boolean busy = load.gfx() > 0;
        double watts = load.socketWatts();
        for (int g = 0; g < gcds; g++) {
            int card = g / 2;
            w.key(GPU_KEYS[g]).obj();
            w.kv("gpu_ix", g);
            w.kv("used", busy ? load.vramBytes() + (long) (rng.gauss() * 3e7) : load.vramBytes());
            long gfx = busy ? Math.round(clamp(load.gfx() + 2.5 * rng.gauss(), 0, 100)) : 0;
            long umc = busy ? Math.round(clamp(load.umc() + 2.0 * rng.gauss(), 0, 100)) : 0;
            w.key("activity").obj().kv("gfx_activity", gfx).kv("umc_activity", umc).kv("mm_activity", 0).end();
            // MI250X: power and energy are per socket and reported on the first GCD of each card only.
            long reading = g % 2 == 0 ? Math.round(Math.max(watts * 0.5, watts + (busy ? 7 : 2) * rng.gauss())) : 0;
            w.key("power").obj().kv("average_socket_power", reading).kv("energy_accumulator", (long) energy[g])
                    .kv("current_socket_power", "N/A").end();
            double edgeNow = edge[card] + gcdOffset[g];
            long edgeC = Math.round(edgeNow + 0.4 * rng.gauss());
            long hotspot = Math.round(edgeNow + 5 + 0.035 * watts + 0.8 * rng.gauss());
            long mem = Math.round(edgeNow + 1 + 0.012 * watts + 0.5 * rng.gauss());
            w.key("temperature").obj().kv("edge", edgeC).kv("hotspot", hotspot).kv("mem", mem)
                    .kv("vrgfx", Math.round(edgeNow + 2 + 0.01 * watts)).kv("vrmem", Math.round(edgeNow - 4 + 0.01 * watts));
            w.key("hbm").arr().item().num(mem - 1).item().num(mem).item().num(mem + 1).item().num(mem).endArr();
            w.end();
            long gfxClock = !busy ? 800 : watts > 500 ? Math.round(1700 - 2.8 * (watts - 500)) : 1700;
            w.key("others").obj().kv("current_gfxclk", gfxClock).kv("current_socclk", 1090)
                    .kv("current_uclk", 1600).end();
            w.kv("id", gpuIds[g]);
            w.end();
        }
        w.end();
    }

    private static final String[] GPU_KEYS = {"gpu_0", "gpu_1", "gpu_2", "gpu_3", "gpu_4", "gpu_5", "gpu_6",
            "gpu_7"};

    /**
     * Writes this node's Flowcept {@code machine_info} entry (platform, CPU, memory, GPUs).
     *
     * @param w where to write the object
     */
    void machineInfo(JsonBuffer w) {
        w.obj();
        w.key("platform").obj().kv("system", "Linux").kv("node", hostname)
                .kv("release", "5.14.21-150500.55.65_13.0.73-cray_shasta_c")
                .kv("version", "#1 SMP Fri Jan 9 2026 (a3b1c7e)").kv("machine", "x86_64").end();
        w.key("cpu").obj().kv("brand_raw", "AMD EPYC 7A53 64-Core Processor").kv("arch", "X86_64")
                .kv("bits", 64).kv("count", LOGICAL_CPUS).kv("hz_advertised_friendly", "2.0000 GHz")
                .kv("l3_cache_size", 268_435_456L).end();
        w.key("memory").obj().key("virtual").obj().kv("total", MEMORY_TOTAL).end().key("swap").obj()
                .kv("total", 0).end().end();
        w.key("disk").obj().kv("total", ROOT_DISK_TOTAL).end();
        w.key("gpu").obj().kv("vendor", "amd").kv("name", "AMD Instinct MI250X").kv("count", 8)
                .kv("memory_per_gcd", RunPlan.GCD_MEMORY).kv("rocm_version", "6.4.1").end();
        w.kv("hostname", hostname);
        w.end();
    }

    private static double clamp(double value, double low, double high) {
        return value < low ? low : value > high ? high : value;
    }
}
