package io.connectmongodb.benchmarks.profile;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;

/**
 * {@code --profile}: one JFR recording (settings "profile") over the whole run, and the
 * {@link RoundWindows} the runner fills, turned into {@code profiles.md} at the end. One recording
 * with per-round windows costs far less than one recording per workload. CPU is sampled every
 * {@value #SAMPLE_MILLIS} ms. Profiling costs both sides alike, but a profiled run's figures are
 * for locating costs, not for publishing.
 */
public final class ProfileSession implements AutoCloseable {
    public static final String MARKDOWN = "profiles.md";
    public static final int TOP_SITES = 8;
    static final int SAMPLE_MILLIS = 2;

    private final Recording recording;
    private final RoundWindows windows = new RoundWindows();

    private ProfileSession(Recording recording) {
        this.recording = recording;
    }

    public static ProfileSession start() throws IOException {
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setName("connect-mongodb benchmarks");
            // quick rounds are short: sample CPU more often than the profile settings' 10 ms (both sides pay the same)
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(SAMPLE_MILLIS));
            recording.start();
            return new ProfileSession(recording);
        } catch (ParseException e) {
            throw new IOException("the JDK's JFR 'profile' settings could not be read", e);
        }
    }

    /** The observer to give the runner. */
    public RoundWindows windows() {
        return windows;
    }

    /**
     * Stops the recording, keeps it as {@code recordingFile} and writes {@value #MARKDOWN} into
     * {@code reportDirectory}; returns that file.
     */
    public Path finish(Path recordingFile, Path reportDirectory, String header) throws IOException {
        recording.stop();
        Files.createDirectories(recordingFile.toAbsolutePath().getParent());
        recording.dump(recordingFile);
        WorkloadProfiles profiles = WorkloadProfiles.read(recordingFile, windows);
        Files.createDirectories(reportDirectory);
        Path markdown = reportDirectory.resolve(MARKDOWN);
        Files.writeString(markdown, profiles.markdown(header, TOP_SITES), StandardCharsets.UTF_8);
        return markdown;
    }

    @Override
    public void close() {
        recording.close();
    }
}
