package shop.atelier;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright, for browser journeys. Where Chromium is absent the
 * test is skipped with a message, unless {@code ATELIER_REQUIRE_BROWSER=true} (CI), where it fails.
 * Screenshots go to {@code target/screenshots/} so anyone can look at them.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static Browser launch() {
        var executable = Path.of(System.getProperty("atelier.test.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            var message = "Chromium not found at " + executable + ": browser tests skipped. "
                    + "Install Debian's chromium package (apt-get install chromium) to run them.";
            if (Boolean.parseBoolean(System.getenv("ATELIER_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return new Browser(playwright, chromium);
    }

    /** A fresh browser profile (no cookies, no storage), like a new visitor. */
    public BrowserContext newVisitor() {
        return newContext(new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /** A new visitor whose browser runs no JavaScript: every page must still work. */
    public BrowserContext newVisitorWithoutJavaScript() {
        return newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
    }

    private BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
        var context = chromium.newContext(options.setViewportSize(1280, 900).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        return context;
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /**
     * Slows the page's uploads to this many bytes per second (-1: no limit) through the DevTools
     * protocol, so a progress bar can be seen moving.
     */
    public static void throttleUploads(BrowserContext context, Page page, int bytesPerSecond) {
        var cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        var conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", bytesPerSecond < 0 ? 0 : 20);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", bytesPerSecond);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }

    /**
     * Waits (up to the page's default timeout) until the image has loaded and has pixels: being
     * visible is not enough, the picture may still be on its way.
     */
    public static void awaitLoaded(Page page, com.microsoft.playwright.Locator image) {
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
    }

    /** A photo-like JPEG that does not compress to nothing, so its upload takes a while. */
    public static byte[] noisyJpeg(int width, int height) throws IOException {
        var random = new Random(42);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                var base = (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x60;
                image.setRGB(x, y, base ^ (random.nextInt(64) * 0x010101));
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
