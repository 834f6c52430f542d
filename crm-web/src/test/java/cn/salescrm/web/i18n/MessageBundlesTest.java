package cn.salescrm.web.i18n;

import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.record.ComplaintStatus;
import cn.salescrm.domain.record.FollowUpMethod;
import cn.salescrm.domain.record.OrderStatus;
import cn.salescrm.domain.record.ProjectStage;
import cn.salescrm.domain.record.ProjectStatus;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.BulkJobStatus;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.domain.transfer.RequestStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Chinese and English bundles: the same keys, no empty text, a label for every enumeration
 * constant the pages show.
 */
class MessageBundlesTest {

    private static final String PATH = "/cn/salescrm/web/i18n/messages_";

    @Test
    void bundlesHaveSameKeys() throws IOException {
        Set<String> chinese = new TreeSet<>(load("zh_CN").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("en").stringPropertyNames());

        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);

        assertEquals(Set.of(), onlyChinese, "keys missing from messages_en");
        assertEquals(Set.of(), onlyEnglish, "keys missing from messages_zh_CN");
    }

    @Test
    void noKeyIsRepeated() throws IOException {
        for (String language : List.of("zh_CN", "en")) {
            Set<String> seen = new TreeSet<>();
            Set<String> repeated = new TreeSet<>();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream(PATH + language + ".properties")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                text.lines()
                        .filter(line -> line.contains("=") && !line.startsWith("#"))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .filter(key -> !seen.add(key))
                        .forEach(repeated::add);
            }
            assertEquals(Set.of(), repeated, () -> "keys given twice in messages_" + language);
        }
    }

    @Test
    void noTextHasAsciiApostrophe() throws IOException {
        // MessageFormat reads ' as the start of quoted text, so "owner's {0}" would show a raw {0}.
        for (String language : List.of("zh_CN", "en")) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).contains("'"), () -> language + " " + key + " contains '");
            }
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String language : List.of("zh_CN", "en")) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).isBlank(), () -> language + " has an empty text for " + key);
            }
        }
    }

    @Test
    void everyEnumConstantHasLabel() throws IOException {
        Properties chinese = load("zh_CN");
        List<Class<? extends Enum<?>>> shown = List.of(CustomerScale.class, CustomerType.class,
                BusinessStatus.class, CustomerStatus.class, Territory.class, FollowUpMethod.class, ProjectStage.class,
                ProjectStatus.class, OrderStatus.class, ComplaintStatus.class, AuditEventType.class,
                NotificationType.class, RequestStatus.class, Relation.class, BulkJobStatus.class,
                BulkItemStatus.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                assertTrue(chinese.containsKey(key), () -> "no label for " + key);
            }
        }
    }

    @Test
    void chineseLabelsMatchProductTerms() throws IOException {
        Properties chinese = load("zh_CN");

        assertEquals("大客户", chinese.getProperty("enum.CustomerScale.LARGE"));
        assertEquals("代理商", chinese.getProperty("enum.CustomerType.DISTRIBUTOR"));
        assertEquals("待审核", chinese.getProperty("enum.CustomerStatus.PENDING_REVIEW"));
        assertEquals("客户资料", chinese.getProperty("grid.title"));
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(PATH + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
