package cn.salescrm.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Test deployments built from the real EAR that the build produced, so the tests run exactly
 * what IT deploys. Test classes go into its WAR.
 */
public final class Deployments {

    /** Name of the EAR, which also gives the application its name on the server. */
    public static final String EAR_NAME = "crm.ear";

    private static final String WAR_NAME = "crm-web.war";

    private Deployments() {
    }

    /** Returns the EAR exactly as built, for tests that drive it from outside (browser tests). */
    public static EnterpriseArchive productionEar() {
        File ear = new File(System.getProperty("crm.ear", "target/crm.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("EAR not found at " + ear.getAbsolutePath() + "; run mvn package first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * Returns the EAR with the given classes added to its WAR, and with the Arquillian test runner
     * servlet let through the login that guards every other URL.
     */
    public static EnterpriseArchive earWithTests(Class<?>... classes) {
        EnterpriseArchive ear = productionEar();
        WebArchive war = ear.getAsType(WebArchive.class, WAR_NAME);
        war.addClasses(classes);
        war.addClasses(Deployments.class, TestData.class, TestCodes.class, RunAs.class, TestUsers.class);
        war.setWebXML(new StringAsset(openRunnerServlet(readWebXml(war))));
        ear.delete(WAR_NAME);
        ear.addAsModule(war);
        return ear;
    }

    private static String openRunnerServlet(String webXml) {
        String constraint = """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            <url-pattern>/ArquillianServletRunner</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-app>""";
        return webXml.replace("</web-app>", constraint);
    }

    private static String readWebXml(WebArchive war) {
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading WEB-INF/web.xml of the WAR failed", e);
        }
    }
}
