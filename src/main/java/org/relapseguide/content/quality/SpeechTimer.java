package org.relapseguide.content.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Estimates how long an answer takes to say by rendering its SSML with espeak-ng at 150 words a minute. An
 * estimate with a margin, not Alexa's exact timing; absent espeak-ng, it says so and measures nothing.
 */
public final class SpeechTimer {
    /** espeak-ng writes 22,050 Hz, 16-bit mono WAV: 44,100 bytes a second after a 44-byte header. */
    private static final double BYTES_PER_SECOND = 44_100.0;

    private static final int WAV_HEADER = 44;
    private static final String COMMAND = "espeak-ng";
    /** Each text is timed once per run: the report, the validator and the review page ask for the same texts. */
    private static final Map<String, Double> TIMED = new ConcurrentHashMap<>();

    private SpeechTimer() {}

    /** Whether espeak-ng can be run here. */
    public static boolean available() {
        try {
            Process process = new ProcessBuilder(COMMAND, "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Seconds espeak-ng's default (English) voice takes to say an SSML body (without the speak element).
     *
     * @throws IOException when espeak-ng cannot be run
     */
    public static double seconds(String ssmlBody) throws IOException {
        return seconds("", ssmlBody);
    }

    /**
     * Seconds espeak-ng takes to say an SSML body (without the speak element) in a voice.
     *
     * @param voice an espeak-ng voice ({@code es-419}), or empty for its default
     * @throws IOException when espeak-ng cannot be run
     */
    public static double seconds(String voice, String ssmlBody) throws IOException {
        String key = voice + "\n" + ssmlBody;
        Double known = TIMED.get(key);
        if (known != null) {
            return known;
        }
        double seconds = timed(voice, ssmlBody);
        TIMED.put(key, seconds);
        return seconds;
    }

    private static double timed(String voice, String ssmlBody) throws IOException {
        byte[] wav = wav(voice, speakable(ssmlBody));
        return Math.max(0, wav.length - WAV_HEADER) / BYTES_PER_SECOND;
    }

    /**
     * An SSML body as espeak-ng should read it, in its speak element: espeak-ng reads a "." straight after a closing
     * tag as "dot", and a space keeps it a full stop.
     */
    public static String speakable(String ssmlBody) {
        return "<speak>" + ssmlBody.replaceAll("(</\\w+>)([.,;:?!])", "$1 $2") + "</speak>";
    }

    /**
     * espeak-ng's recording of a speak element at 150 words a minute: 22,050 Hz, 16-bit mono WAV.
     *
     * @param voice an espeak-ng voice ({@code es-419}), or empty for its default
     * @throws IOException when espeak-ng cannot be run or fails
     */
    public static byte[] wav(String voice, String speak) throws IOException {
        List<String> command = new ArrayList<>(List.of(COMMAND, "-m", "-s", "150", "--stdout"));
        if (!voice.isBlank()) {
            command.addAll(List.of("-v", voice));
        }
        command.add(speak);
        Process process = new ProcessBuilder(command).start();
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(wav);
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("espeak-ng failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running espeak-ng", e);
        }
        return wav.toByteArray();
    }
}
