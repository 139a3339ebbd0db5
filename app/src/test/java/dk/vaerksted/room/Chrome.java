package dk.vaerksted.room;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Debian's Chromium, driven by Debian's chromedriver (no browser or driver is downloaded): a
 * headless browser at a phone's size, with a fresh profile, that resolves no name but 127.0.0.1
 * and does none of its own background networking. The driver is started here and spoken to over
 * loopback (Selenium's own driver service would probe ports with classic sockets, which the
 * test JVM refuses).
 */
final class Chrome implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final RemoteWebDriver driver;
    private final Process process;
    private final Path profile;

    /** Whether this machine has both (CI installs them: chromium chromium-driver). */
    static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /**
     * @param width      CSS pixels, like a phone (390 × 844)
     * @param javascript false: the browser runs no script at all
     */
    Chrome(int width, int height, boolean javascript) throws Exception {
        int port;
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        process = new ProcessBuilder(DRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1",
                "--log-level=SEVERE").redirectErrorStream(true).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("started successfully")) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IOException("chromedriver ended before it was ready"));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "chromedriver-output");
        reader.setDaemon(true);
        reader.start();
        ready.get(30, TimeUnit.SECONDS);
        profile = Files.createTempDirectory("vaerksted-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BROWSER.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--lang=da-DK");
        if (javascript) {
            o.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 3.0)));
        } else {
            // Only the window's size here: with mobile emulation and script off, chromedriver 156
            // never returns from a click that submits a form.
            o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        o.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new RemoteWebDriver(new URL("http://127.0.0.1:" + port), o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void close() throws Exception {
        List<ProcessHandle> browser = new java.util.ArrayList<>();
        try {
            browser.addAll(process.descendants().toList());
            driver.quit();
        } finally {
            // The browser's processes, wherever quit left them: once the driver is gone they
            // would belong to no one and live on.
            browser.addAll(process.descendants().toList());
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle h : browser) {
                h.destroy();
            }
            for (ProcessHandle h : browser) {
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    h.destroyForcibly();
                }
            }
            try (var files = Files.walk(profile)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a browser process may still hold a file; the folder is in the temporary space
            }
        }
    }

    /** Messages the page's console printed (errors, Content-Security-Policy violations). */
    List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(e -> e.getMessage()).toList();
    }
}
