package cn.salescrm.service.demo;

import cn.salescrm.service.demo.DemoVocabulary.Industry;
import cn.salescrm.service.demo.DemoVocabulary.Word;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds invented person names, company names, addresses and contact details from
 * {@link DemoVocabulary}. Every method draws only from the random generator it is given, so the
 * output depends on the seed alone.
 */
final class DemoNames {

    private static final String MAIL_DOMAIN = ".example.com";
    private static final char[] MOBILE_SECOND_DIGITS = {'3', '5', '7', '8', '9'};

    /**
     * An invented company.
     *
     * @param name      the registered name, such as 深圳市华芯电子有限公司
     * @param shortName the brand and the industry abbreviation, such as 华芯电子
     * @param pinyin    the brand in pinyin, used for the web site and e-mail domain
     */
    record Company(String name, String shortName, String pinyin) {
    }

    private DemoNames() {
    }

    /** Returns a surname and given name, with the pinyin written {@code given.surname} as in e-mail. */
    static Word person(SplittableRandom random) {
        Word surname = pick(random, DemoVocabulary.SURNAMES);
        Word given = pick(random, DemoVocabulary.GIVEN_NAMES);
        return new Word(surname.text() + given.text(), given.pinyin() + "." + surname.pinyin());
    }

    static Company company(SplittableRandom random, DemoCity city) {
        Word brand = brand(random);
        Industry industry = pick(random, DemoVocabulary.INDUSTRIES);
        String suffix = pick(random, DemoVocabulary.COMPANY_SUFFIXES);
        if (industry.word().endsWith("科技") && suffix.startsWith("科技")) {
            suffix = "有限公司";
        }
        String name = city.namePrefix() + brand.text() + industry.word() + suffix;
        return new Company(name, brand.text() + industry.abbreviation(), brand.pinyin());
    }

    /** Returns the name of a trading company of the kind that distributes parts to end customers. */
    static String distributor(SplittableRandom random, DemoCity city) {
        return city.namePrefix() + brand(random).text() + pick(random, DemoVocabulary.DISTRIBUTOR_SUFFIXES);
    }

    static String address(SplittableRandom random, DemoCity city) {
        String district = pick(random, city.districts());
        String road = pick(random, DemoVocabulary.ROADS);
        String building = pick(random, DemoVocabulary.BUILDINGS);
        return city.addressHead() + district + road + (1 + random.nextInt(300)) + "号" + building;
    }

    /** Returns a landline number with the city's area code, or null for a city abroad. */
    static String landline(SplittableRandom random, DemoCity city) {
        if (city.abroad()) {
            return null;
        }
        return city.areaCode() + "-" + (2 + random.nextInt(8)) + digits(random, 7);
    }

    static String mobile(SplittableRandom random) {
        char second = MOBILE_SECOND_DIGITS[random.nextInt(MOBILE_SECOND_DIGITS.length)];
        return "1" + second + digits(random, 9);
    }

    static String website(String companyPinyin) {
        return "www." + companyPinyin + MAIL_DOMAIN;
    }

    static String email(String personPinyin, String companyPinyin) {
        return personPinyin + "@" + companyPinyin + MAIL_DOMAIN;
    }

    /** Returns the value in decimal, padded with leading zeros to at least {@code width} digits. */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Word brand(SplittableRandom random) {
        List<Word> syllables = DemoVocabulary.BRAND_SYLLABLES;
        int first = random.nextInt(syllables.size());
        int second = (first + 1 + random.nextInt(syllables.size() - 1)) % syllables.size();
        Word head = syllables.get(first);
        Word tail = syllables.get(second);
        return new Word(head.text() + tail.text(), head.pinyin() + tail.pinyin());
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
