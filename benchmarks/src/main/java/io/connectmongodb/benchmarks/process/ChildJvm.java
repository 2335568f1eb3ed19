package io.connectmongodb.benchmarks.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child JVM on this JVM's class path running one {@code main} class with its own heap size.
 *
 * <p>The child reports back on its standard output: {@link #awaitLine} reads lines until one starts
 * with a given prefix, within a deadline. Standard error is inherited so failures show in the
 * console. {@link #close()} closes the child's standard input (the children here exit on end of
 * input, so they also end when this JVM dies), waits a bounded time, then kills it; a shutdown hook
 * kills it if this JVM exits first.
 */
public final class ChildJvm implements AutoCloseable {
    private static final long EXIT_WAIT_SECONDS = 10;

    private final Process process;
    private final BufferedReader output;
    private final Thread killer;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "child-jvm-reader");
        t.setDaemon(true);
        return t;
    });

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.killer = new Thread(process::destroyForcibly, "child-jvm-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts {@code mainClass} with {@code -Xmx<maxHeap>} (e.g. {@code "64m"}) and {@code args}. */
    public static ChildJvm start(String maxHeap, Class<?> mainClass, String... args) throws IOException {
        if (maxHeap == null || !maxHeap.matches("[0-9]+[kmgKMG]")) {
            throw new IllegalArgumentException("max heap must look like 64m or 4g: " + maxHeap);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new ChildJvm(process);
    }

    /**
     * Reads the child's output until a line starting with {@code prefix}; returns the rest of that
     * line. Fails when the child ends first or {@code timeoutSeconds} pass, with the lines read.
     */
    public String awaitLine(String prefix, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> seen = new ArrayList<>();
        Future<String> line = reader.submit(() -> {
            String next;
            while ((next = output.readLine()) != null) {
                if (next.startsWith(prefix)) {
                    return next.substring(prefix.length()).trim();
                }
                synchronized (seen) {
                    seen.add(next);
                }
            }
            return null;
        });
        try {
            String found = line.get(timeoutSeconds, TimeUnit.SECONDS);
            if (found == null) {
                throw new IOException("child JVM ended (exit " + exitCode() + ") without a '" + prefix + "' line; output: " + lines(seen));
            }
            return found;
        } catch (TimeoutException e) {
            line.cancel(true);
            throw new IOException("no '" + prefix + "' line from the child JVM within " + timeoutSeconds + " s; output: " + lines(seen));
        } catch (ExecutionException e) {
            throw new IOException("reading the child JVM's output failed", e.getCause());
        }
    }

    private static String lines(List<String> seen) {
        synchronized (seen) {
            return seen.isEmpty() ? "(none)" : String.join(" / ", seen.subList(Math.max(0, seen.size() - 5), seen.size()));
        }
    }

    /** Waits up to {@code timeoutSeconds} for the child to exit; returns its exit code, or kills it and fails. */
    public int waitFor(long timeoutSeconds) throws IOException, InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("child JVM did not finish within " + timeoutSeconds + " s; killed");
        }
        return process.exitValue();
    }

    private String exitCode() {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed: the child is ending anyway
        }
        if (!process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        reader.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // this JVM is shutting down: the hook kills the child
        }
    }
}
