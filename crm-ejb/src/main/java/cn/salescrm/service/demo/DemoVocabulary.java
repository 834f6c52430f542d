package cn.salescrm.service.demo;

import java.util.Arrays;
import java.util.List;

/**
 * Word lists from which the demo data builds names and texts. Person and company names are
 * random combinations of common syllables, made up for the demo, so any match with a real person
 * or company is chance. Each Chinese word carries its pinyin for e-mail addresses and web sites,
 * which all use the reserved domain example.com.
 */
final class DemoVocabulary {

    /** A Chinese word and its pinyin without tones. */
    record Word(String text, String pinyin) {
    }

    /** An industry word in a company name and the abbreviation used in the short name. */
    record Industry(String word, String abbreviation) {
    }

    static final List<Word> SURNAMES = words(
            "王 wang", "李 li", "张 zhang", "刘 liu", "陈 chen", "杨 yang", "黄 huang", "赵 zhao",
            "吴 wu", "周 zhou", "徐 xu", "孙 sun", "马 ma", "朱 zhu", "胡 hu", "郭 guo", "何 he",
            "林 lin", "罗 luo", "高 gao", "郑 zheng", "梁 liang", "谢 xie", "宋 song", "唐 tang",
            "许 xu", "韩 han", "冯 feng", "邓 deng", "曹 cao", "彭 peng", "曾 zeng", "肖 xiao",
            "田 tian", "董 dong", "潘 pan", "袁 yuan", "蔡 cai", "蒋 jiang", "余 yu");

    static final List<Word> GIVEN_NAMES = words(
            "伟 wei", "芳 fang", "娜 na", "敏 min", "静 jing", "丽 li", "强 qiang", "磊 lei",
            "军 jun", "洋 yang", "勇 yong", "艳 yan", "杰 jie", "娟 juan", "涛 tao", "明 ming",
            "超 chao", "秀英 xiuying", "霞 xia", "平 ping", "刚 gang", "桂芳 guifang",
            "志强 zhiqiang", "海燕 haiyan", "建华 jianhua", "晓东 xiaodong", "文静 wenjing",
            "子涵 zihan", "思远 siyuan", "雨欣 yuxin", "俊杰 junjie", "嘉怡 jiayi", "浩然 haoran",
            "梓萱 zixuan", "振宇 zhenyu", "婷婷 tingting", "国栋 guodong", "慧敏 huimin",
            "立新 lixin", "春梅 chunmei", "宏伟 hongwei", "晓燕 xiaoyan", "永康 yongkang",
            "佳琪 jiaqi", "一鸣 yiming", "诗雨 shiyu", "志明 zhiming", "丹 dan");

    static final List<Word> BRAND_SYLLABLES = words(
            "华 hua", "芯 xin", "瑞 rui", "达 da", "博 bo", "科 ke", "信 xin", "创 chuang",
            "智 zhi", "联 lian", "恒 heng", "泰 tai", "德 de", "利 li", "鑫 xin", "源 yuan",
            "海 hai", "宏 hong", "晟 sheng", "腾 teng", "凯 kai", "天 tian", "星 xing",
            "光 guang", "新 xin", "宇 yu", "航 hang", "盛 sheng", "合 he", "微 wei", "锐 rui",
            "迅 xun", "捷 jie", "通 tong", "普 pu", "安 an", "佳 jia", "嘉 jia", "亿 yi",
            "万 wan", "晶 jing", "睿 rui", "拓 tuo", "启 qi", "明 ming", "远 yuan", "峰 feng",
            "润 run", "银 yin", "云 yun", "众 zhong", "立 li", "川 chuan", "威 wei", "耀 yao",
            "骏 jun", "致 zhi", "汇 hui", "祥 xiang", "康 kang");

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("电子", "电子"), new Industry("科技", "科技"), new Industry("通信", "通信"),
            new Industry("智能", "智能"), new Industry("微电子", "微电子"),
            new Industry("汽车电子", "汽电"), new Industry("电气", "电气"),
            new Industry("物联网", "物联"), new Industry("仪表", "仪表"), new Industry("光电", "光电"),
            new Industry("信息技术", "信息"), new Industry("精密电子", "精密"));

    static final List<String> COMPANY_SUFFIXES = List.of("有限公司", "股份有限公司", "科技有限公司");

    static final List<String> DISTRIBUTOR_SUFFIXES = List.of(
            "电子贸易有限公司", "科技贸易有限公司", "元器件有限公司", "国际贸易有限公司", "电子商行");

    static final List<String> ROADS = List.of(
            "科技路", "工业大道", "创业路", "高新大道", "兴业路", "人民路", "建设路", "学府路",
            "新城大道", "产业园路", "金融街", "滨河路");

    static final List<String> BUILDINGS = List.of(
            "", "", "", "A栋", "B栋", "2号厂房", "科技大厦", "创新中心", "电子城");

    static final List<String> CONTACT_TITLES = List.of(
            "采购经理", "采购主管", "采购专员", "研发工程师", "硬件工程师", "研发总监", "品质经理",
            "总经理", "生产经理", "供应链经理");

    static final List<String> CUSTOMER_REMARKS = List.of(
            "重点客户，年底有扩产计划", "付款及时，月结30天", "对价格敏感，注意报价策略",
            "需要提供RoHS和REACH报告", "下单需先做样品承认", "年度框架协议客户",
            "海外工厂收货，需提供英文资料");

    static final List<String> FOLLOW_UP_TEMPLATES = List.of(
            "电话沟通{p}的备货计划，客户预计下月下单",
            "拜访客户研发部，介绍{p}方案，对方对小封装规格感兴趣",
            "客户反馈{p}样品测试通过，准备小批量试产",
            "微信确认{p}的交期，客户要求提前一周交货",
            "邮件发送{p}规格书和报价单，等待客户评估",
            "客户询问{p}的替代料，正在与工厂确认参数",
            "跟进{p}的年度框架协议，客户采购在走内部审批",
            "客户新项目需要{p}，约下周上门做技术交流",
            "沟通{p}的付款条件，客户希望月结60天",
            "客户库存偏高，{p}本季度需求下调约两成",
            "陪同FAE到客户现场调试{p}，起振波形正常",
            "客户比较了三家{p}报价，我方价格偏高约5%");

    static final List<String> NEXT_STEPS = List.of(
            "下周安排送样", "发送正式报价", "跟进样品测试结果", "安排FAE上门支持",
            "确认下单数量和交期", "申请特价审批", "提交样品承认书", "约采购经理面谈",
            "整理竞品对比资料", "月底前回访");

    static final List<String> PROJECT_REPORTS = List.of(
            "样品已送达，客户开始上板测试",
            "客户完成高低温测试，频偏在规格范围内",
            "客户要求提供可靠性测试报告，已申请工厂支持",
            "小批量试产500套，良率正常",
            "竞争对手报价更低，正在申请价格支持",
            "项目通过客户认证，等待量产订单",
            "客户方案调整，项目暂缓，下月再跟进",
            "客户确认BOM，我方物料已进入合格供应商名录");

    static final List<String> COMPLAINT_SUBJECTS = List.of(
            "来料频偏超差", "晶振不起振", "批次外观不良", "包装标签错误", "交期延误",
            "温漂超出规格", "回流焊后频率偏移", "模块通信距离不足", "卷带方向错误", "静电损坏");

    static final List<String> COMPLAINT_DETAILS = List.of(
            "客户来料检验抽检不合格，要求8D报告",
            "产线贴片后发现异常，已隔离库存",
            "终端客户投诉，要求三天内给出初步分析",
            "客户要求退货并补发同批次以外的物料",
            "已寄回不良样品，工厂品质部正在分析");

    private DemoVocabulary() {
    }

    private static List<Word> words(String... textAndPinyin) {
        return Arrays.stream(textAndPinyin)
                .map(entry -> entry.split(" "))
                .map(parts -> new Word(parts[0], parts[1]))
                .toList();
    }
}
