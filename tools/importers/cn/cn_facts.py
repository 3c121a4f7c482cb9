"""Dev-only: hand-curated facts about the China lists that the reference
transcriptions do not carry (announcements, dates, moves between lists,
precursor catalogue).  Every entry names where it was read; entries marked
VERIFIED=False were not confirmed in a source read while curating and say so in
their note."""

# ------------------------------------------------------------------ citations
C = {}
C["2013"] = ("国家食品药品监督管理总局 公安部 国家卫生和计划生育委员会《关于公布麻醉药品和精神药品品种目录的通知》"
             "（食药监药化监〔2013〕230号，2013-11-11），自2014-01-01起施行")
C["supp2015"] = ("公安部 国家卫生和计划生育委员会 国家食品药品监督管理总局 国家禁毒委员会办公室《关于印发〈非药用类麻醉药品和精神药品列管办法〉的通知》"
                 "（公通字〔2015〕27号），附表《非药用类麻醉药品和精神药品管制品种增补目录》（116种），自2015-10-01起施行")
C["supp2017-07"] = ("公安部 国家卫生和计划生育委员会 国家食品药品监督管理总局《关于将N-甲基-N-(2-二甲氨基环己基)-3,4-二氯苯甲酰胺(U-47700)等4种物质"
                    "列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》，自2017-07-01起施行")
C["supp2018"] = ("公安部 国家卫生健康委员会 国家药品监督管理局《关于将4-氯乙卡西酮等32种物质列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》，"
                 "自2018-09-01起施行")
C["supp2021"] = ("公安部 国家卫生健康委员会 国家药品监督管理局《关于将合成大麻素类物质和氟胺酮等18种物质列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》"
                 "（2021-03-15），自2021-07-01起施行")
C["supp2024"] = ("公安部 国家卫生健康委员会 国家药品监督管理局《关于将溴啡等46种物质列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》，"
                 "自2024-07-01起施行")
C["supp2025"] = ("公安部 国家卫生健康委员会 国家药品监督管理局《关于将尼秦类物质和三氟乙咪酯等12种物质列入〈非药用类麻醉药品和精神药品管制品种增补目录〉的公告》，"
                 "自2025-07-01起实施")
C["med2025"] = ("国家药监局 公安部 国家卫生健康委《关于发布药用类麻醉药品和精神药品目录的公告》（2025年第55号）："
                "药用类麻醉药品目录（2025年版）、药用类精神药品目录（2025年版）, "
                "https://www.nmpa.gov.cn/directory/web/nmpa/xxgk/ggtg/ypggtg/ypqtggtg/20250728092519123.html")
C["nonmed2025"] = ("公安部 国家卫生健康委 国家药监局《非药用类麻醉药品和精神药品目录》（2025年版）, "
                   "https://www.mps.gov.cn/n6557558/c10150600/content.html")
C["2015codeine"] = ("国家食品药品监督管理总局 公安部 国家卫生和计划生育委员会《关于将含可待因复方口服液体制剂列入第二类精神药品管理的公告》"
                    "（2015年），自2015-05-01起施行")
C["2019-63"] = ("国家药监局 公安部 国家卫生健康委《关于将含羟考酮复方制剂等品种列入精神药品管理的公告》（2019年第63号，2019-07-11），"
                "自2019-09-01起施行")
C["2019-remimazolam"] = ("国家药监局 公安部 国家卫生健康委《关于将瑞马唑仑列入第二类精神药品管理的公告》（2019年），自2020-01-01起施行")
C["2023-43"] = ("国家药监局 公安部 国家卫生健康委《关于调整麻醉药品和精神药品目录的公告》（2023年第43号），自2023-07-01起施行")
C["2023-09"] = ("国家药监局 公安部 国家卫生健康委《关于调整麻醉药品和精神药品目录的公告》（2023-09-11），自2023-10-01起施行")
C["2024-54"] = ("国家药监局 公安部 国家卫生健康委《关于调整精神药品目录的公告》（2024年第54号，2024-04-30），自2024-07-01起施行")

# precursors
C["p2005"] = ("《易制毒化学品管理条例》（国务院令第445号，2005-08-26公布，2005-11-01起施行）附表《易制毒化学品的分类和品种目录》")
C["p2008"] = ("公安部等六部门关于将羟亚胺列入易制毒化学品品种目录的通告（2008-07-22），自2008-08-01起施行")
C["p2012"] = ("公安部等部门关于将邻氯苯基环戊酮列入易制毒化学品品种目录的公告（2012年）")
C["p2014"] = ("公安部等部门关于将1-苯基-2-溴-1-丙酮和3-氧-2-苯基丁腈列入易制毒化学品品种目录的公告（2014年）")
C["p2018"] = ("公安部等六部门（经国务院批准）将4-苯胺基-N-苯乙基哌啶、N-苯乙基-4-哌啶酮等物质列入易制毒化学品品种目录的公告，"
              "自2018-02-01起施行")
C["p2021"] = ("国务院办公厅《关于同意将α-苯乙酰乙酸甲酯等6种物质列入易制毒化学品品种目录的函》（国办函〔2021〕58号，2021-05-28）")
C["p2024"] = ("公安部 商务部 国家卫生健康委 应急管理部 海关总署 国家药监局关于将4-哌啶基苯胺、1-叔丁氧羰基-4-哌啶基苯胺、"
              "去甲芬太尼、大麻二酚、BMK缩水甘油酸及其酯、3-氧代-2-苯基丁酸及其酯、PMK缩水甘油酸酯列入易制毒化学品管理的公告"
              "（2024-08-02），自2024-09-01起施行")

# sources (what each listing was checked against)
S = {}
S["2013"] = ("shared/reference/china-catalogues-2025-07: 麻醉药品目录.md, 第一类精神药品目录.md, 第二类精神药品目录.md "
             "(transcriptions of the 2013 catalogues)")
S["supp"] = "shared/reference/china-catalogues-2025-07/非药用类麻醉药品和精神药品管制品种增补目录.md (batch tables with effective dates)"
S["2025"] = ("shared/reference/china-catalogues-2025-07: overdrive-drug-scheduling.md (OverdriveLab/overdrive-wiki, 2025-07-28 lists) "
             "and structured-catalogue-2025.md (Benzyl-titanium/Structural-formula)")
S["2019-63"] = "http://www.ao5g.com/adlxw/4542.html and http://www.beinet.net.cn/zcfg/gh/qggh/201908/t14010225.htm (text of 2019年第63号)"
S["2023-43"] = ("https://flcube.com/?p=19508 (effective 2023-07-01, seven entries) and http://www.cphi.cn/news/show-205755.html "
                "(2023年第43号, published 2023-04-18)")
S["2023-09"] = "https://baipharm.chemlinked.com/news/china-customs-codes-of-anesthetic-and-psychotropic-drugs (2023-09-11 adjustment, effective 2023-10-01)"
S["2024-54"] = ("http://cn.office369.com/minsheng/show-1564400.html (text of 2024年第54号) and "
                "https://baipharm.chemlinked.com/news/china-changes-controls-on-certain-drugs-including-dextromethorphan")
S["overdrive-intro"] = ("shared/reference/china-catalogues-2025-07/overdrive-drug-scheduling.md, introduction "
                        "(5 newly controlled 第二类 substances; 苏沃雷生 no longer controlled; 依替唑仑 moved)")
S["facts"] = "shared/reference/china-precursors/facts.md"

# announced dates (only where read)
ANNOUNCED = {"2013": "2013-11-11", "supp2021": "2021-03-15", "2019-63": "2019-07-11",
             "2023-09": "2023-09-11", "2024-54": "2024-04-30", "p2008": "2008-07-22",
             "p2024": "2024-08-02", "p2005": "2005-08-26"}

SUPP_BATCH = {"2015-10-01": "supp2015", "2017-03-01": None, "2017-07-01": "supp2017-07",
              "2018-09-01": "supp2018", "2021-07-01": "supp2021", "2024-07-01": "supp2024",
              "2025-07-01": "supp2025"}

UNVERIFIED = {
    "2013": "The document number 食药监药化监〔2013〕230号 was not read in a source this session; the dates (announced 2013-11-11, in force 2014-01-01) match a UNODC EWA note.",
    "supp2015": "Document number and the announcement date of the 2015 list were not read in a source this session; the effective date is from the list's heading.",
    "2015codeine": "Recorded from the curator's knowledge: neither the announcement number nor the date 2015-05-01 was confirmed in a source read this session.",
    "2019-remimazolam": "Recorded from the curator's knowledge: the date 2020-01-01 was not confirmed in a source read this session.",
    "med2025": "The 2025 catalogues are dated 2025-07-28 in the transcriptions; the date in force is taken as 2025-07-01 (the restructuring under the 2025 revision of the 麻醉药品和精神药品管理条例), not confirmed from the announcement text.",
}

# ---------------------------------------------------------------- medical-list events 2014-2025
# (2025 entity key, instrument, schedule, effective, until, citation key, note)
# The 2025 entity keys are "<section>:<row>" of the 2025 catalogues.
MED_EVENTS = [
    ("med-psy-2025-2:75", "cn-psychotropic-2013", "第二类", "2015-05-01", "2025-07-01", "2015codeine",
     "含可待因复方口服液体制剂（包括口服溶液剂、糖浆剂）."),
    ("med-psy-2025-1:18", "cn-psychotropic-2013", "第一类", "2019-09-01", "2025-07-01", "2019-63",
     "口服固体制剂每剂量单位含羟考酮碱大于5毫克，且不含其它麻醉药品、精神药品或药品类易制毒化学品的复方制剂."),
    ("med-psy-2025-2:78", "cn-psychotropic-2013", "第二类", "2019-09-01", "2025-07-01", "2019-63",
     "口服固体制剂每剂量单位含羟考酮碱不超过5毫克，且不含其它麻醉药品、精神药品或药品类易制毒化学品的复方制剂."),
    ("med-psy-2025-2:74", "cn-psychotropic-2013", "第二类", "2019-09-01", "2025-07-01", "2019-63",
     "丁丙诺啡与纳洛酮的复方口服固体制剂."),
    ("med-psy-2025-2:63", "cn-psychotropic-2013", "第二类", "2020-01-01", "2025-07-01", "2019-remimazolam", None),
    ("med-narcotic-2025:19", "cn-narcotic-2013", "麻醉药品", "2023-07-01", "2025-07-01", "2023-43", None),
    ("med-psy-2025-2:56", "cn-psychotropic-2013", "第二类", "2023-07-01", "2025-07-01", "2023-43", None),
    ("med-psy-2025-2:26", "cn-psychotropic-2013", "第二类", "2023-07-01", "2025-07-01", "2023-43", None),
    ("cn-tramadol-compound", "cn-psychotropic-2013", "第二类", "2023-07-01", "2025-07-01", "2023-43", "曲马多复方制剂."),
    ("cn-suvorexant", "cn-psychotropic-2013", "第二类", "2023-07-01", "2025-07-01", "2023-43",
     "Not in the 药用类精神药品目录（2025年版）: no longer controlled from 2025-07-01 (overdrive-wiki introduction: 原第二类精神药品苏沃雷生不再列管)."),
    ("med-psy-2025-1:17", "cn-psychotropic-2013", "第一类", "2023-07-01", "2025-07-01", "2023-43",
     "每剂量单位含氢可酮碱大于5毫克，且不含其它麻醉药品、精神药品或药品类易制毒化学品的复方口服固体制剂."),
    ("med-psy-2025-2:77", "cn-psychotropic-2013", "第二类", "2023-07-01", "2025-07-01", "2023-43",
     "每剂量单位含氢可酮碱不超过5毫克，且不含其它麻醉药品、精神药品或药品类易制毒化学品的复方口服固体制剂."),
    ("med-narcotic-2025:30", "cn-narcotic-2013", "麻醉药品", "2023-10-01", "2025-07-01", "2023-09", None),
    ("med-psy-2025-2:25", "cn-psychotropic-2013", "第二类", "2023-10-01", "2025-07-01", "2023-09", None),
    ("med-psy-2025-2:31", "cn-psychotropic-2013", "第二类", "2023-10-01", "2025-07-01", "2023-09",
     "Excluding pharmaceutical preparations containing etomidate approved for marketing in China."),
    ("med-psy-2025-2:46", "cn-psychotropic-2013", "第二类", "2023-10-01", "2025-07-01", "2023-09",
     "Moved from 第一类 to 第二类."),
    ("med-psy-2025-2:22", "cn-psychotropic-2013", "第二类", "2024-07-01", "2025-07-01", "2024-54", None),
    ("med-psy-2025-2:76", "cn-psychotropic-2013", "第二类", "2024-07-01", "2025-07-01", "2024-54", "含地芬诺酯复方制剂."),
    ("med-psy-2025-2:48", "cn-psychotropic-2013", "第二类", "2024-07-01", "2025-07-01", "2024-54", None),
    ("med-psy-2025-2:40", "cn-psychotropic-2013", "第二类", "2024-07-01", "2025-07-01", "2024-54", None),
    ("med-psy-2025-2:45", "cn-psychotropic-2013", "第一类", "2024-07-01", "2025-07-01", "2024-54",
     "Only midazolam API (including salts and isomers) and injections moved from 第二类 to 第一类; other single-ingredient midazolam preparations stay in 第二类."),
    ("med-psy-2025-2:45", "cn-psychotropic-2013", "第二类", "2024-07-01", "2025-07-01", "2024-54",
     "From 2024-07-01 only single-ingredient preparations other than injections (API and injections moved to 第一类)."),
]
# 2013 listings that end early (entity key, schedule, new until)
EARLY_END = {("med-psy-2025-2:46", "第一类"): ("2023-10-01", "2023-09", "Moved to 第二类 from 2023-10-01."),
             ("med-psy-2025-2:45", "第二类"): ("2024-07-01", "2024-54",
                                            "From 2024-07-01 split: API and injections 第一类, other preparations 第二类 (separate listings).")}

# entities not in the 2025 catalogues
EXTRA_ENTITIES = {
    "cn-suvorexant": dict(zh=["苏沃雷生"], en=["Suvorexant"], cas=["1030377-33-3"], kind="drug",
                          note="Listed 2023-07-01 (2023年第43号); not in the 2025 catalogues."),
    "cn-tramadol-compound": dict(zh=["曲马多复方制剂", "含曲马多复方制剂"], en=["Tramadol combination preparations"], cas=[],
                                 kind="preparation",
                                 note="Compound preparations containing tramadol; in the 2025 list covered by the remark of 曲马多 (第二类 row 68): 包括含曲马多复方制剂."),
}

# ---------------------------------------------------------------- precursors (易制毒化学品)
# key, zh names, en name, other en, cas, category, effective, citation key, note, star(药品类)
PRECURSORS = [
    ("p2p", ["1-苯基-2-丙酮"], "1-Phenyl-2-propanone", ["phenylacetone", "P-2-P", "BMK"], "103-79-7", "第一类", "2005-11-01", "p2005", None, False),
    ("pmk", ["3,4-亚甲基二氧苯基-2-丙酮"], "3,4-Methylenedioxyphenyl-2-propanone", ["PMK", "MDP-2-P"], "4676-39-5", "第一类", "2005-11-01", "p2005", None, False),
    ("piperonal", ["胡椒醛"], "Piperonal", [], "120-57-0", "第一类", "2005-11-01", "p2005", None, False),
    ("safrole", ["黄樟素"], "Safrole", [], "94-59-7", "第一类", "2005-11-01", "p2005", None, False),
    ("sassafras-oil", ["黄樟油"], "Sassafras oil", [], None, "第一类", "2005-11-01", "p2005", None, False),
    ("isosafrole", ["异黄樟素"], "Isosafrole", [], "120-58-1", "第一类", "2005-11-01", "p2005", None, False),
    ("n-acetylanthranilic-acid", ["N-乙酰邻氨基苯酸"], "N-Acetylanthranilic acid", [], "89-52-1", "第一类", "2005-11-01", "p2005", None, False),
    ("anthranilic-acid", ["邻氨基苯甲酸"], "Anthranilic acid", [], "118-92-3", "第一类", "2005-11-01", "p2005", None, False),
    ("lysergic-acid", ["麦角酸"], "Lysergic acid", [], "82-58-6", "第一类", "2005-11-01", "p2005", None, True),
    ("ergotamine", ["麦角胺"], "Ergotamine", [], "113-15-5", "第一类", "2005-11-01", "p2005", None, True),
    ("ergometrine", ["麦角新碱"], "Ergometrine", ["ergonovine"], "60-79-7", "第一类", "2005-11-01", "p2005", None, True),
    ("ephedrine", ["麻黄素"], "Ephedrine", [], "299-42-3", "第一类", "2005-11-01", "p2005", "Listed in the entry 麻黄素、伪麻黄素、消旋麻黄素、去甲麻黄素、甲基麻黄素、麻黄浸膏、麻黄浸膏粉等麻黄素类物质*.", True),
    ("pseudoephedrine", ["伪麻黄素"], "Pseudoephedrine", [], "90-82-4", "第一类", "2005-11-01", "p2005", "Listed in the entry 麻黄素…等麻黄素类物质*.", True),
    ("racephedrine", ["消旋麻黄素"], "Racephedrine", ["(±)-ephedrine", "dl-ephedrine"], None, "第一类", "2005-11-01", "p2005", "Listed in the entry 麻黄素…等麻黄素类物质*. CAS not given in a source read.", True),
    ("norephedrine", ["去甲麻黄素"], "Norephedrine", ["phenylpropanolamine"], "14838-15-4", "第一类", "2005-11-01", "p2005", "Listed in the entry 麻黄素…等麻黄素类物质*.", True),
    ("methylephedrine", ["甲基麻黄素"], "Methylephedrine", ["N-methylephedrine"], None, "第一类", "2005-11-01", "p2005", "Listed in the entry 麻黄素…等麻黄素类物质*. CAS not given in a source read.", True),
    ("ephedra-extract", ["麻黄浸膏", "麻黄浸膏粉"], "Ephedra extract and ephedra extract powder", [], None, "第一类", "2005-11-01", "p2005", "Listed in the entry 麻黄素…等麻黄素类物质*.", True),
    ("phenylacetic-acid", ["苯乙酸"], "Phenylacetic acid", [], "103-82-2", "第二类", "2005-11-01", "p2005", None, False),
    ("acetic-anhydride", ["醋酸酐"], "Acetic anhydride", [], "108-24-7", "第二类", "2005-11-01", "p2005", None, False),
    ("chloroform", ["三氯甲烷"], "Chloroform", ["trichloromethane"], "67-66-3", "第二类", "2005-11-01", "p2005", None, False),
    ("ethyl-ether", ["乙醚"], "Ethyl ether", ["diethyl ether"], "60-29-7", "第二类", "2005-11-01", "p2005", None, False),
    ("piperidine", ["哌啶"], "Piperidine", [], "110-89-4", "第二类", "2005-11-01", "p2005", None, False),
    ("toluene", ["甲苯"], "Toluene", [], "108-88-3", "第三类", "2005-11-01", "p2005", None, False),
    ("acetone", ["丙酮"], "Acetone", [], "67-64-1", "第三类", "2005-11-01", "p2005", None, False),
    ("methyl-ethyl-ketone", ["甲基乙基酮"], "Methyl ethyl ketone", ["2-butanone", "MEK"], "78-93-3", "第三类", "2005-11-01", "p2005", None, False),
    ("potassium-permanganate", ["高锰酸钾"], "Potassium permanganate", [], "7722-64-7", "第三类", "2005-11-01", "p2005", None, False),
    ("sulfuric-acid", ["硫酸"], "Sulfuric acid", ["sulphuric acid"], "7664-93-9", "第三类", "2005-11-01", "p2005", None, False),
    ("hydrochloric-acid", ["盐酸"], "Hydrochloric acid", [], "7647-01-0", "第三类", "2005-11-01", "p2005", None, False),
    ("hydroxylimine", ["羟亚胺"], "Hydroxylimine", ["1-[(2-chlorophenyl)(methylimino)methyl]cyclopentanol"], None, "第一类", "2008-08-01", "p2008",
     "Category and date read in an English Xinhua report (facts.md S4); the notice's Chinese title and number, and the Chinese name 羟亚胺, were not read in that source. CAS not given in a source read.", False),
    ("o-chlorophenyl-cyclopentyl-ketone", ["邻氯苯基环戊酮"], "o-Chlorophenyl cyclopentyl ketone", ["(2-chlorophenyl)(cyclopentyl)methanone"], "6740-85-8", "unknown", "2012-09-15", "p2012",
     "NOT VERIFIED: no source read this session gives this addition's category or date. The curator recalls 第一类 from 2012-09-15; treat as unconfirmed. CAS confirmed by PubChem (CID 81223).", False),
    ("2-bromopropiophenone", ["1-苯基-2-溴-1-丙酮"], "1-Phenyl-2-bromo-1-propanone", ["2-bromopropiophenone", "2-bromo-1-phenylpropan-1-one"], "2114-00-3", "unknown", "2014-05-01", "p2014",
     "NOT VERIFIED: no source read this session gives this addition's category or date. The curator recalls 第一类 from 2014-05-01; treat as unconfirmed. CAS confirmed by PubChem (CID 16452).", False),
    ("apaan", ["3-氧-2-苯基丁腈"], "alpha-Phenylacetoacetonitrile", ["3-oxo-2-phenylbutanenitrile", "APAAN"], "4468-48-8", "unknown", "2014-05-01", "p2014",
     "NOT VERIFIED: no source read this session gives this addition's category or date. The curator recalls 第一类 from 2014-05-01; treat as unconfirmed.", False),
    ("chloroephedrine", ["N-甲基-1-苯基-1-氯-2-丙胺"], "Chloroephedrine", ["N-methyl-1-phenyl-1-chloro-2-propanamine"], None, "unknown", "2018-02-01", "p2018",
     "NOT VERIFIED: only 4-ANPP and NPP are confirmed (facts.md S5/S7) for the 2018-02-01 addition; the curator recalls this substance in the same announcement (第一类). Treat as unconfirmed.", False),
    ("bromine", ["溴素"], "Bromine", [], "7726-95-6", "unknown", "2018-02-01", "p2018",
     "NOT VERIFIED: only 4-ANPP and NPP are confirmed (facts.md S5/S7) for the 2018-02-01 addition; the curator recalls bromine in the same announcement (第三类). Treat as unconfirmed.", False),
    ("propiophenone", ["1-苯基-1-丙酮"], "Propiophenone", ["1-phenyl-1-propanone"], "93-55-0", "unknown", "2018-02-01", "p2018",
     "NOT VERIFIED: only 4-ANPP and NPP are confirmed (facts.md S5/S7) for the 2018-02-01 addition; the curator recalls propiophenone in the same announcement (第三类). Treat as unconfirmed.", False),
    ("mapa", ["α-苯乙酰乙酸甲酯"], "Methyl alpha-phenylacetoacetate", ["MAPA", "methyl 3-oxo-2-phenylbutanoate"], "16648-44-5", "第二类", "2021-05-28", "p2021",
     "Category from facts.md S10-S12. The effective date was not seen: 2021-05-28 is the date of the State Council letter (published 2021-06-07), precision approximate.", False),
    ("apaa", [], "alpha-Phenylacetoacetamide", ["APAA"], "4433-77-6", "第二类", "2021-05-28", "p2021",
     "Category from facts.md S10-S12; official Chinese name not read. Effective date not seen: letter date 2021-05-28.", False),
    ("pmk-glycidic-acid", [], "3,4-MDP-2-P methyl glycidic acid", ["PMK glycidic acid"], "2167189-50-4", "第二类", "2021-05-28", "p2021",
     "Category from facts.md S10-S12; official Chinese name not read. Effective date not seen: letter date 2021-05-28.", False),
    ("pmk-methyl-glycidate", [], "3,4-MDP-2-P methyl glycidate", ["PMK glycidate", "PMK methyl glycidate"], "13605-48-6", "第二类", "2021-05-28", "p2021",
     "Category from facts.md S10-S12; official Chinese name not read. Effective date not seen: letter date 2021-05-28.", False),
    ("benzyl-cyanide", ["苯乙腈"], "Benzyl cyanide", ["phenylacetonitrile"], "140-29-4", "第三类", "2021-05-28", "p2021",
     "Category from facts.md S10-S12; Chinese name from a code dictionary (facts.md), not from the letter. Effective date not seen: letter date 2021-05-28.", False),
    ("gbl", ["γ-丁内酯"], "gamma-Butyrolactone", ["GBL"], "96-48-0", "第三类", "2021-05-28", "p2021",
     "Category from facts.md S10-S12. Effective date not seen: letter date 2021-05-28.", False),
    ("cannabidiol", ["大麻二酚"], "Cannabidiol", ["CBD"], "13956-29-1", "第二类", "2024-09-01", "p2024",
     "Category 第二类 read only in a secondary source (facts.md S14, citing USDA); the ChemRadar excerpt (S13) breaks off before the category.", False),
    ("bmk-glycidic-acid", [], "BMK glycidic acid and its esters", ["P-2-P methyl glycidic acid", "2-methyl-3-phenyloxirane-2-carboxylic acid"], "25547-51-7", "unknown", "2024-09-01", "p2024",
     "Listed as 'BMK glycidic acid and its esters' (facts.md S13); category not seen. CAS is that of the acid (INCB Red List).", False),
    ("3-oxo-2-phenylbutanoic-acid", [], "3-Oxo-2-phenylbutanoic acid and its esters", ["alpha-phenylacetoacetic acid"], None, "unknown", "2024-09-01", "p2024",
     "Listed as '3-oxo-2-phenylbutanoic acid and its esters' (facts.md S13); category not seen; CAS not given in a source read.", False),
    ("pmk-glycidic-acid-esters", [], "PMK glycidic acid esters", [], None, "unknown", "2024-09-01", "p2024",
     "Listed as 'PMK glycidic acid esters' (facts.md S13): esters of 3,4-MDP-2-P methyl glycidic acid (the methyl ester and the acid were listed in 2021). Category not seen.", False),
]
P_PRECISION = {"p2021": "approximate", "p2012": "approximate", "p2014": "approximate"}
P_SOURCE = {
    "p2005": "facts.md rows 1-23 (S1 https://yuhejc.cn/xinwenzixun/gongsixinwen/424.html; S2 https://chemical.chemlinked.com/database/view/171; S3)",
    "p2008": "facts.md row 24 (S4, Xinhua 2008-07-22 via redorbit.com)",
    "p2012": "curator's recollection only (facts.md 'Not verified' list)",
    "p2014": "curator's recollection only (facts.md 'Not verified' list)",
    "p2018": "curator's recollection only; the 2018-02-01 date is confirmed for 4-ANPP/NPP (facts.md S5, S7)",
    "p2021": "facts.md rows 27-32 (S10 https://enviliance.com/regions/east-asia/cn/report_2998; S11 http://zgsoft.com.cn/en/xinwendongtai/395.html; S12)",
    "p2024": "facts.md rows 36-39 (S13 https://chemradar.com/rsdb/news/du35qbrdem0w; S14)",
}
