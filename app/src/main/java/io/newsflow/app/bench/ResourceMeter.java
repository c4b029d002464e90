package io.newsflow.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one phase of the benchmark cost the whole process (broker, registry, streams and
 * producers share the JVM): CPU time from the OS's process accounting, the heap's peak (the sum
 * of the heap pools' peaks since the phase began, an upper bound), and the resident set from
 * {@code /proc/self/status}.
 */
final class ResourceMeter {
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;

    /** The figures of one phase. */
    record Usage(double cpuSeconds, long peakHeapBytes, long rssBytes, long peakRssBytes) { }

    /** Starts a phase: CPU is counted and heap peaks are tracked from now on. */
    void start() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
        cpuAtStart = os.getProcessCpuTime();
    }

    /** Ends a phase. */
    Usage stop() {
        double cpu = (os.getProcessCpuTime() - cpuAtStart) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        return new Usage(cpu, peakHeap, statusKb(Path.of("/proc/self/status"), "VmRSS") * 1024,
            statusKb(Path.of("/proc/self/status"), "VmHWM") * 1024);
    }

    /**
     * A {@code kB} field of a {@code /proc/PID/status} file ({@code VmRSS}, {@code VmHWM}), or -1
     * where there is no such file (not Linux).
     */
    static long statusKb(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
            return -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
