package cn.salescrm.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Product lines of the demo data, in the order of their ids and sort order, with the product
 * names, unit price range and project names that orders, quotes and projects draw from. Unit
 * prices are in 元 per piece, in the range frequency-control parts sell at in volume.
 */
enum DemoProductLine {
    XO("XO", "晶振", 0.2, 2.0,
            List.of("8MHz", "12MHz", "16MHz", "24MHz", "25MHz", "26MHz", "32MHz", "40MHz", "32.768kHz"),
            List.of("3225 ±10ppm", "2520 ±10ppm", "2016 ±20ppm", "1612 ±20ppm", "5032 ±30ppm"),
            List.of("蓝牙耳机主控晶振导入", "智能门锁无源晶振替代", "车载中控晶振认证", "机顶盒主芯片晶振方案")),
    TCXO("TCXO", "温补晶振", 3.0, 15.0,
            List.of("10MHz", "12.8MHz", "16.368MHz", "19.2MHz", "26MHz", "38.4MHz", "40MHz"),
            List.of("2016 ±0.5ppm", "2520 ±0.5ppm", "3225 ±1.0ppm", "3225 ±2.0ppm"),
            List.of("北斗定位模组温补晶振方案", "5G小基站TCXO导入", "对讲机温补晶振替代")),
    VCXO("VCXO", "压控晶振", 5.0, 30.0,
            List.of("19.44MHz", "27MHz", "74.25MHz", "122.88MHz", "148.5MHz", "155.52MHz"),
            List.of("5032 3.3V", "7050 3.3V", "5032 2.5V"),
            List.of("光模块VCXO锁相方案", "广电编码器压控晶振替代", "无线回传设备时钟方案")),
    OSC("OSC", "有源晶振", 0.8, 5.0,
            List.of("4MHz", "12MHz", "20MHz", "25MHz", "33.333MHz", "50MHz", "100MHz", "125MHz"),
            List.of("2520 3.3V", "3225 3.3V", "3225 1.8V", "5032 3.3V", "7050 5V"),
            List.of("工业交换机有源晶振导入", "安防摄像头有源晶振方案", "服务器主板时钟源替代")),
    CLOCK("CLK", "时钟芯片", 1.0, 10.0,
            List.of(),
            List.of("RTC实时时钟 SOP8", "RTC实时时钟 MSOP10", "低抖动时钟发生器 QFN24",
                    "时钟缓冲器 TSSOP20", "可编程时钟 QFN20"),
            List.of("智能电表RTC时钟方案", "工控主板时钟芯片替代", "水表计量RTC方案")),
    LORA("LORA", "LoRa模块", 15.0, 80.0,
            List.of("433MHz", "470MHz", "868MHz", "915MHz"),
            List.of("22dBm 邮票孔", "20dBm 贴片", "22dBm 带外壳", "30dBm 大功率"),
            List.of("LoRa无线抄表模组导入", "智慧农业LoRa传感网方案", "烟感报警器LoRa模组", "园区路灯LoRa控制项目")),
    SAW("SAW", "声表滤波器", 0.3, 3.0,
            List.of("315MHz", "433.92MHz", "868MHz", "915MHz", "1575.42MHz", "2441.75MHz"),
            List.of("3838", "1411", "2016", "SIP3"),
            List.of("遥控器433MHz声表滤波器方案", "胎压监测声表滤波器导入", "GNSS天线滤波器替代"));

    private final String code;
    private final String displayName;
    private final double minUnitPrice;
    private final double maxUnitPrice;
    private final List<String> frequencies;
    private final List<String> variants;
    private final List<String> projectNames;

    DemoProductLine(String code, String displayName, double minUnitPrice, double maxUnitPrice,
            List<String> frequencies, List<String> variants, List<String> projectNames) {
        this.code = code;
        this.displayName = displayName;
        this.minUnitPrice = minUnitPrice;
        this.maxUnitPrice = maxUnitPrice;
        this.frequencies = frequencies;
        this.variants = variants;
        this.projectNames = projectNames;
    }

    long id() {
        return ordinal() + 1L;
    }

    String code() {
        return code;
    }

    String displayName() {
        return displayName;
    }

    /** Returns a random product of this line, such as {@code 26MHz 晶振 3225 ±10ppm}. */
    DemoProduct randomProduct(SplittableRandom random) {
        String variant = variants.get(random.nextInt(variants.size()));
        if (frequencies.isEmpty()) {
            return new DemoProduct(this, displayName + " " + variant, displayName);
        }
        String frequency = frequencies.get(random.nextInt(frequencies.size()));
        boolean latinName = displayName.charAt(0) < 128;
        String mention = frequency + (latinName ? " " : "") + displayName;
        return new DemoProduct(this, frequency + " " + displayName + " " + variant, mention);
    }

    /** Returns a unit price in 元, four decimals, uniform within the line's price range. */
    BigDecimal randomUnitPrice(SplittableRandom random) {
        double price = minUnitPrice + random.nextDouble() * (maxUnitPrice - minUnitPrice);
        return BigDecimal.valueOf(price).setScale(4, RoundingMode.HALF_UP);
    }

    String randomProjectName(SplittableRandom random) {
        return projectNames.get(random.nextInt(projectNames.size()));
    }

    /**
     * A product as orders, quotes and inquiries name it.
     *
     * @param line    the product line
     * @param name    the full product name with frequency and package
     * @param mention the short form used in follow-up texts, such as {@code 26MHz晶振}
     */
    record DemoProduct(DemoProductLine line, String name, String mention) {
    }
}
