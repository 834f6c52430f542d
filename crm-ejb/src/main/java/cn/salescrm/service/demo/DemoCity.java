package cn.salescrm.service.demo;

import cn.salescrm.domain.customer.Territory;

import java.util.List;
import java.util.Map;

/**
 * A city where demo customers are located, with what a customer's name, address, phone and
 * territory take from it. Each sales region serves the cities of its pool, so a salesperson's
 * customers sit near the salesperson's office.
 *
 * @param namePrefix  the city as it opens a company name, such as 深圳市 or 苏州
 * @param addressHead province and city as an address starts
 * @param territory   the {@link Territory} constant name
 * @param areaCode    the telephone area code, empty for cities abroad
 * @param districts   districts or areas used in addresses
 */
record DemoCity(String namePrefix, String addressHead, String territory, String areaCode,
        List<String> districts) {

    private static final String SOUTH = Territory.SOUTH_CHINA.name();
    private static final String EAST = Territory.EAST_CHINA.name();
    private static final String NORTH = Territory.NORTH_CHINA.name();
    private static final String CENTRAL = Territory.CENTRAL_CHINA.name();
    private static final String SOUTHWEST = Territory.SOUTHWEST.name();
    private static final String NORTHWEST = Territory.NORTHWEST.name();
    private static final String NORTHEAST = Territory.NORTHEAST.name();
    private static final String OVERSEAS = Territory.OVERSEAS.name();

    /** City pools by sales region code. */
    static final Map<String, List<DemoCity>> BY_REGION_CODE = Map.of(
            "DG", List.of(
                    city("东莞市", "广东省东莞市", SOUTH, "0769", "松山湖", "长安镇", "虎门镇", "塘厦镇"),
                    city("广州市", "广东省广州市", SOUTH, "020", "黄埔区", "番禺区", "天河区"),
                    city("佛山市", "广东省佛山市", SOUTH, "0757", "顺德区", "南海区"),
                    city("惠州市", "广东省惠州市", SOUTH, "0752", "仲恺高新区", "惠阳区"),
                    city("新加坡", "新加坡", OVERSEAS, "", "裕廊", "兀兰"),
                    city("马来西亚", "马来西亚槟城", OVERSEAS, "", "峇六拜", "威省"),
                    city("越南", "越南胡志明市", OVERSEAS, "", "新顺", "平阳")),
            "SZ", List.of(
                    city("深圳市", "广东省深圳市", SOUTH, "0755", "南山区", "宝安区", "龙华区", "龙岗区"),
                    city("深圳市", "广东省深圳市", SOUTH, "0755", "福田区", "光明区", "坪山区"),
                    city("珠海市", "广东省珠海市", SOUTH, "0756", "香洲区", "金湾区"),
                    city("厦门市", "福建省厦门市", EAST, "0592", "思明区", "集美区")),
            "SH", List.of(
                    city("上海", "上海市", EAST, "021", "浦东新区", "松江区", "嘉定区", "闵行区"),
                    city("苏州", "江苏省苏州市", EAST, "0512", "工业园区", "吴中区", "昆山市"),
                    city("杭州", "浙江省杭州市", EAST, "0571", "滨江区", "余杭区"),
                    city("宁波", "浙江省宁波市", EAST, "0574", "北仑区", "鄞州区"),
                    city("无锡", "江苏省无锡市", EAST, "0510", "新吴区", "江阴市"),
                    city("南京", "江苏省南京市", EAST, "025", "江宁区", "雨花台区")),
            "BJ", List.of(
                    city("北京", "北京市", NORTH, "010", "海淀区", "朝阳区", "亦庄开发区"),
                    city("天津", "天津市", NORTH, "022", "滨海新区", "西青区"),
                    city("石家庄", "河北省石家庄市", NORTH, "0311", "高新区", "长安区"),
                    city("青岛", "山东省青岛市", EAST, "0532", "崂山区", "黄岛区"),
                    city("沈阳", "辽宁省沈阳市", NORTHEAST, "024", "浑南区", "铁西区"),
                    city("大连", "辽宁省大连市", NORTHEAST, "0411", "甘井子区", "金州区"),
                    city("哈尔滨", "黑龙江省哈尔滨市", NORTHEAST, "0451", "南岗区", "平房区")),
            "CD", List.of(
                    city("成都", "四川省成都市", SOUTHWEST, "028", "高新区", "双流区", "郫都区"),
                    city("重庆", "重庆市", SOUTHWEST, "023", "渝北区", "九龙坡区"),
                    city("绵阳", "四川省绵阳市", SOUTHWEST, "0816", "涪城区", "游仙区"),
                    city("西安", "陕西省西安市", NORTHWEST, "029", "高新区", "长安区"),
                    city("兰州", "甘肃省兰州市", NORTHWEST, "0931", "城关区", "安宁区")),
            "WH", List.of(
                    city("武汉", "湖北省武汉市", CENTRAL, "027", "东湖高新区", "江夏区", "蔡甸区"),
                    city("长沙", "湖南省长沙市", CENTRAL, "0731", "岳麓区", "雨花区"),
                    city("郑州", "河南省郑州市", CENTRAL, "0371", "金水区", "航空港区"),
                    city("襄阳", "湖北省襄阳市", CENTRAL, "0710", "樊城区", "高新区")));

    boolean abroad() {
        return areaCode.isEmpty();
    }

    private static DemoCity city(String namePrefix, String addressHead, String territory,
            String areaCode, String... districts) {
        return new DemoCity(namePrefix, addressHead, territory, areaCode, List.of(districts));
    }
}
