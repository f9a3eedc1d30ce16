<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>data</name>
    <message>
        <location filename="../counter_app/ui/pages.py"/>
        <source>业扩报装</source>
        <extracomment>business category</extracomment>
        <translation>业扩报装</translation>
    </message>
    <message>
        <location filename="../counter_app/ui/pages.py"/>
        <source>变更用电</source>
        <extracomment>business category</extracomment>
        <translation>变更用电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>抄表电费争议</source>
        <extracomment>business name</extracomment>
        <translation>抄表电费争议</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>受理申请</source>
        <extracomment>step</extracomment>
        <translation>受理申请</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>核查并答复</source>
        <extracomment>step</extracomment>
        <translation>核查并答复</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>户号与申请人</source>
        <extracomment>page title</extracomment>
        <translation>户号与申请人</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>请客户提供户号（电费通知单、缴费卡或“网上国网”可查），并出示户主的有效证件。变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理。</source>
        <extracomment>page intro</extracomment>
        <translation>请客户提供户号（电费通知单、缴费卡或“网上国网”可查），并出示户主的有效证件。变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>户号</source>
        <extracomment>field label</extracomment>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>10至16位数字</source>
        <extracomment>placeholder</extracomment>
        <translation>10至16位数字</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>户主证件类型</source>
        <extracomment>field label</extracomment>
        <translation>户主证件类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>驾驶证、工作证、学生证不能作为办电证件；单位客户选“统一社会信用代码”。</source>
        <extracomment>field hint</extracomment>
        <translation>驾驶证、工作证、学生证不能作为办电证件；单位客户选“统一社会信用代码”。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民身份证</source>
        <extracomment>choice, check expected value</extracomment>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>户口簿</source>
        <extracomment>choice</extracomment>
        <translation>户口簿</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>公安机关户籍证明</source>
        <extracomment>choice</extracomment>
        <translation>公安机关户籍证明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>港澳台居民居住证</source>
        <extracomment>choice</extracomment>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>港澳居民来往内地通行证</source>
        <extracomment>choice</extracomment>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>台湾居民来往大陆通行证</source>
        <extracomment>choice</extracomment>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>护照</source>
        <extracomment>choice</extracomment>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>外国人永久居留身份证</source>
        <extracomment>choice</extracomment>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>军官证</source>
        <extracomment>choice</extracomment>
        <translation>军官证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>统一社会信用代码</source>
        <extracomment>choice</extracomment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>户主证件号码</source>
        <extracomment>field label</extracomment>
        <translation>户主证件号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>18位身份证号码或统一社会信用代码</source>
        <extracomment>placeholder</extracomment>
        <translation>18位身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>户主名称</source>
        <extracomment>field label</extracomment>
        <translation>户主名称</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>个人填写证件上的姓名；单位填写营业执照上的名称。</source>
        <extracomment>field hint</extracomment>
        <translation>个人填写证件上的姓名；单位填写营业执照上的名称。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>联系手机</source>
        <extracomment>field label</extracomment>
        <translation>联系手机</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>11位手机号码</source>
        <extracomment>placeholder</extracomment>
        <translation>11位手机号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>法定代表人姓名</source>
        <extracomment>field label</extracomment>
        <translation>法定代表人姓名</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>法定代表人身份证号码</source>
        <extracomment>field label</extracomment>
        <translation>法定代表人身份证号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>代理人（经办人）代办</source>
        <extracomment>field label</extracomment>
        <translation>代理人（经办人）代办</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>代理人姓名</source>
        <extracomment>field label</extracomment>
        <translation>代理人姓名</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>代理人身份证号码</source>
        <extracomment>field label</extracomment>
        <translation>代理人身份证号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>争议内容</source>
        <extracomment>page title</extracomment>
        <translation>争议内容</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>记录客户有异议的电费月份和具体内容。</source>
        <extracomment>page intro</extracomment>
        <translation>记录客户有异议的电费月份和具体内容。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>争议类型</source>
        <extracomment>field label</extracomment>
        <translation>争议类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>抄表示数有误</source>
        <extracomment>choice</extracomment>
        <translation>抄表示数有误</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>电费金额有误</source>
        <extracomment>choice</extracomment>
        <translation>电费金额有误</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/complaints.toml"/>
        <source>其他</source>
        <extracomment>choice, complaint channel, complaint category</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>争议电费年月</source>
        <extracomment>field label</extracomment>
        <translation>争议电费年月</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>例如：2026年11月</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：2026年11月</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>争议说明</source>
        <extracomment>field label</extracomment>
        <translation>争议说明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>例如：电表现场示数为12345，账单抄见示数为12845</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：电表现场示数为12345，账单抄见示数为12845</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>资料清单</source>
        <extracomment>page title</extracomment>
        <translation>资料清单</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>请逐项核对原件，收到后勾选。</source>
        <extracomment>page intro</extracomment>
        <translation>请逐项核对原件，收到后勾选。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>告知与确认</source>
        <extracomment>page title</extracomment>
        <translation>告知与确认</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>请向客户告知以下内容，核对信息无误后点击“确认受理”。</source>
        <extracomment>page intro</extracomment>
        <translation>请向客户告知以下内容，核对信息无误后点击“确认受理”。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>户主有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>户主有效身份证件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>一证办电：个人凭有效身份证件即可受理</source>
        <extracomment>document note</extracomment>
        <translation>一证办电：个人凭有效身份证件即可受理</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>营业执照（统一社会信用代码证）</source>
        <extracomment>document</extracomment>
        <translation>营业执照（统一社会信用代码证）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>法定代表人身份证</source>
        <extracomment>document</extracomment>
        <translation>法定代表人身份证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>法定代表人未到场时提供复印件并加盖单位公章</source>
        <extracomment>document note</extracomment>
        <translation>法定代表人未到场时提供复印件并加盖单位公章</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>有争议的电费通知单或缴费凭证</source>
        <extracomment>document</extracomment>
        <translation>有争议的电费通知单或缴费凭证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>客户持有时提供</source>
        <extracomment>document note</extracomment>
        <translation>客户持有时提供</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>代理人（经办人）有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>代理人（经办人）有效身份证件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>授权委托书</source>
        <extracomment>document</extracomment>
        <translation>授权委托书</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>您好，您户号{account_no}关于{bill_month}的{business}已受理。我们将在{time_limit_days}个工作日内核查并答复，预计{promised_date}前答复。
核查期间电费仍应按期交纳，核查确认有误的将予以退补。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}关于{bill_month}的{business}已受理。我们将在{time_limit_days}个工作日内核查并答复，预计{promised_date}前答复。
核查期间电费仍应按期交纳，核查确认有误的将予以退补。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>增容</source>
        <extracomment>business name</extracomment>
        <translation>增容</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>供电方案答复</source>
        <extracomment>step</extracomment>
        <translation>供电方案答复</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>装表接电</source>
        <extracomment>step</extracomment>
        <translation>装表接电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>增容信息</source>
        <extracomment>page title</extracomment>
        <translation>增容信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>填写增容后的总容量（不是增加的部分）。</source>
        <extracomment>page intro</extracomment>
        <translation>填写增容后的总容量（不是增加的部分）。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>增容后总容量</source>
        <extracomment>field label</extracomment>
        <translation>增容后总容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>增容原因</source>
        <extracomment>field label</extracomment>
        <translation>增容原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>例如：新增生产设备</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：新增生产设备</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>一证办电：个人凭户主有效身份证件、单位凭营业执照即可受理。请逐项核对原件，收到后勾选。</source>
        <extracomment>page intro</extracomment>
        <translation>一证办电：个人凭户主有效身份证件、单位凭营业执照即可受理。请逐项核对原件，收到后勾选。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>新增用电设备清单</source>
        <extracomment>document</extracomment>
        <translation>新增用电设备清单</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>新增设备较多时提供</source>
        <extracomment>document note</extracomment>
        <translation>新增设备较多时提供</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/reconnection.toml"/>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <location filename="../resources/workflows/transfer.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>单位客户的授权委托书须加盖单位公章</source>
        <extracomment>document note</extracomment>
        <translation>单位客户的授权委托书须加盖单位公章</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，增容后总容量为{capacity_kw}kW。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电；如需您方实施受电工程，施工期间不计入供电公司办理时间。
客户经理会与您联系现场勘查，请保持电话畅通。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，增容后总容量为{capacity_kw}kW。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电；如需您方实施受电工程，施工期间不计入供电公司办理时间。
客户经理会与您联系现场勘查，请保持电话畅通。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容</source>
        <extracomment>business name</extracomment>
        <translation>减容</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>现场加封</source>
        <extracomment>step</extracomment>
        <translation>现场加封</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容信息</source>
        <extracomment>page title</extracomment>
        <translation>减容信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容须整台或整组变压器停止使用或更换为小容量变压器。须提前5个工作日申请；临时减容期限6个月至2年（首末日均计入），永久减容不填末日。</source>
        <extracomment>page intro</extracomment>
        <translation>减容须整台或整组变压器停止使用或更换为小容量变压器。须提前5个工作日申请；临时减容期限6个月至2年（首末日均计入），永久减容不填末日。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容后容量</source>
        <extracomment>field label</extracomment>
        <translation>减容后容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容类型</source>
        <extracomment>field label</extracomment>
        <translation>减容类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>永久减容没有期限，以后需要恢复容量的按增容办理。</source>
        <extracomment>field hint</extracomment>
        <translation>永久减容没有期限，以后需要恢复容量的按增容办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>临时（6个月至2年）</source>
        <extracomment>choice</extracomment>
        <translation>临时（6个月至2年）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>永久</source>
        <extracomment>choice</extracomment>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容首日</source>
        <extracomment>field label</extracomment>
        <translation>减容首日</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容末日（含当日）</source>
        <extracomment>field label</extracomment>
        <translation>减容末日（含当日）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容期的最后一天，当日计入减容期。</source>
        <extracomment>field hint</extracomment>
        <translation>减容期的最后一天，当日计入减容期。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，减容后容量为{capacity_kw}kW，减容类型为{reduction_type}，自{start_date}起减容。
减容期限自{start_date}起至{end_date}止（含当日）。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场加封，请保持电话畅通。
在减容末日{end_date}前申请恢复的，须提前5个工作日来厅办理减容恢复；期满后再恢复的，按新装或增容办理。
永久减容以后需要恢复容量的，按增容办理。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，减容后容量为{capacity_kw}kW，减容类型为{reduction_type}，自{start_date}起减容。
减容期限自{start_date}起至{end_date}止（含当日）。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场加封，请保持电话畅通。
在减容末日{end_date}前申请恢复的，须提前5个工作日来厅办理减容恢复；期满后再恢复的，按新装或增容办理。
永久减容以后需要恢复容量的，按增容办理。
如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>减容恢复</source>
        <extracomment>business name</extracomment>
        <translation>减容恢复</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>现场启封</source>
        <extracomment>step</extracomment>
        <translation>现场启封</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>恢复信息</source>
        <extracomment>page title</extracomment>
        <translation>恢复信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>只能在临时减容期限内办理恢复，须在预定恢复日前5个工作日申请；减容期满后或永久减容后再恢复的，按新装或增容办理。</source>
        <extracomment>page intro</extracomment>
        <translation>只能在临时减容期限内办理恢复，须在预定恢复日前5个工作日申请；减容期满后或永久减容后再恢复的，按新装或增容办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>恢复后容量</source>
        <extracomment>field label</extracomment>
        <translation>恢复后容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>恢复容量首日</source>
        <extracomment>field label</extracomment>
        <translation>恢复容量首日</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>从这一天起按恢复后的容量用电。</source>
        <extracomment>field hint</extracomment>
        <translation>从这一天起按恢复后的容量用电。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，恢复后容量为{capacity_kw}kW，自{restore_date}起按恢复后的容量用电。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场启封，请保持电话畅通。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，恢复后容量为{capacity_kw}kW，自{restore_date}起按恢复后的容量用电。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场启封，请保持电话畅通。
如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>改类</source>
        <extracomment>business name</extracomment>
        <translation>改类</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>现场核查</source>
        <extracomment>step</extracomment>
        <translation>现场核查</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <source>变更归档</source>
        <extracomment>step</extracomment>
        <translation>变更归档</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>改类信息</source>
        <extracomment>page title</extracomment>
        <translation>改类信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>同一受电装置内用电性质改变、引起电价类别改变时办理改类。</source>
        <extracomment>page intro</extracomment>
        <translation>同一受电装置内用电性质改变、引起电价类别改变时办理改类。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>新用电类别</source>
        <extracomment>field label</extracomment>
        <translation>新用电类别</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>居民生活用电</source>
        <extracomment>choice</extracomment>
        <translation>居民生活用电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>工商业用电</source>
        <extracomment>choice</extracomment>
        <translation>工商业用电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>农业生产用电</source>
        <extracomment>choice</extracomment>
        <translation>农业生产用电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>用电性质变化说明</source>
        <extracomment>field label</extracomment>
        <translation>用电性质变化说明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>例如：住宅改为商铺经营</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：住宅改为商铺经营</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>用电性质变化证明（如营业执照经营范围、房屋用途证明）</source>
        <extracomment>document</extracomment>
        <translation>用电性质变化证明（如营业执照经营范围、房屋用途证明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，申请改为“{new_category}”。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结；办结后按新的用电类别计收电费。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，申请改为“{new_category}”。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结；办结后按新的用电类别计收电费。
如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>销户</source>
        <extracomment>business name</extracomment>
        <translation>销户</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>抄表拆表</source>
        <extracomment>step</extracomment>
        <translation>抄表拆表</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>结算销户</source>
        <extracomment>step</extracomment>
        <translation>结算销户</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>销户信息</source>
        <extracomment>page title</extracomment>
        <translation>销户信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>销户须停止全部用电、结清全部电费，抄表并拆除计量装置后退还保证金或预存电费余额。</source>
        <extracomment>page intro</extracomment>
        <translation>销户须停止全部用电、结清全部电费，抄表并拆除计量装置后退还保证金或预存电费余额。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>余额退还方式</source>
        <extracomment>field label</extracomment>
        <translation>余额退还方式</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>无需退还</source>
        <extracomment>choice</extracomment>
        <translation>无需退还</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>退至原缴费账户</source>
        <extracomment>choice</extracomment>
        <translation>退至原缴费账户</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>银行转账</source>
        <extracomment>choice</extracomment>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/training/exercises.toml"/>
        <source>现金</source>
        <extracomment>choice, check expected value</extracomment>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>收款银行及账号</source>
        <extracomment>field label</extracomment>
        <translation>收款银行及账号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>开户银行、户名、账号</source>
        <extracomment>placeholder</extracomment>
        <translation>开户银行、户名、账号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>电费结清凭证</source>
        <extracomment>document</extracomment>
        <translation>电费结清凭证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>也可在本厅当场查询确认无欠费</source>
        <extracomment>document note</extracomment>
        <translation>也可在本厅当场查询确认无欠费</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>电能表拆除确认单</source>
        <extracomment>document</extracomment>
        <translation>电能表拆除确认单</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>拆表后由装表人员出具，归档时附上</source>
        <extracomment>document note</extracomment>
        <translation>拆表后由装表人员出具，归档时附上</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>保证金或预存电费收据</source>
        <extracomment>document</extracomment>
        <translation>保证金或预存电费收据</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>有余额需要退还时提供</source>
        <extracomment>document note</extracomment>
        <translation>有余额需要退还时提供</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结。工作人员会到现场抄表并拆除电能表，请保持电话畅通并安排人员配合。
结算后如有保证金或预存电费余额，将按您选择的方式退还。销户后如需再用电，须按新装办理。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结。工作人员会到现场抄表并拆除电能表，请保持电话畅通并安排人员配合。
结算后如有保证金或预存电费余额，将按您选择的方式退还。销户后如需再用电，须按新装办理。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>经营性充换电站报装</source>
        <extracomment>business name</extracomment>
        <translation>经营性充换电站报装</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>客户身份</source>
        <extracomment>page title</extracomment>
        <translation>客户身份</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>个人客户出示有效身份证件；单位客户出示营业执照（统一社会信用代码证）并登记法定代表人。驾驶证、工作证、学生证不能作为办电证件。</source>
        <extracomment>page intro</extracomment>
        <translation>个人客户出示有效身份证件；单位客户出示营业执照（统一社会信用代码证）并登记法定代表人。驾驶证、工作证、学生证不能作为办电证件。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>客户证件类型</source>
        <extracomment>field label</extracomment>
        <translation>客户证件类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>客户证件号码</source>
        <extracomment>field label</extracomment>
        <translation>客户证件号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>客户名称</source>
        <extracomment>field label</extracomment>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>充换电站信息</source>
        <extracomment>page title</extracomment>
        <translation>充换电站信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>按场地产权证明或租赁合同上的地址填写用电地址，精确到门牌号。</source>
        <extracomment>page intro</extracomment>
        <translation>按场地产权证明或租赁合同上的地址填写用电地址，精确到门牌号。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>用电地址</source>
        <extracomment>field label</extracomment>
        <translation>用电地址</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>省市区（县）、街道（乡镇）、道路、门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>省市区（县）、街道（乡镇）、道路、门牌号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>设施类型</source>
        <extracomment>field label</extracomment>
        <translation>设施类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>充电站</source>
        <extracomment>choice</extracomment>
        <translation>充电站</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>换电站</source>
        <extracomment>choice</extracomment>
        <translation>换电站</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>充换电站</source>
        <extracomment>choice</extracomment>
        <translation>充换电站</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>充电桩数量</source>
        <extracomment>field label</extracomment>
        <translation>充电桩数量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>台</source>
        <extracomment>unit</extracomment>
        <translation>台</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>申请容量</source>
        <extracomment>field label</extracomment>
        <translation>申请容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>超过低压供电容量上限时按高压新装办理。</source>
        <extracomment>field hint</extracomment>
        <translation>超过低压供电容量上限时按高压新装办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>用电类别</source>
        <extracomment>field label</extracomment>
        <translation>用电类别</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>场地为租用（需租赁合同）</source>
        <extracomment>field label</extracomment>
        <translation>场地为租用（需租赁合同）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>一证办电：个人凭有效身份证件、单位凭营业执照即可受理。请逐项核对原件，收到后勾选。</source>
        <extracomment>page intro</extracomment>
        <translation>一证办电：个人凭有效身份证件、单位凭营业执照即可受理。请逐项核对原件，收到后勾选。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>客户有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>客户有效身份证件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>场地产权证明</source>
        <extracomment>document</extracomment>
        <translation>场地产权证明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>场地租赁合同</source>
        <extracomment>document</extracomment>
        <translation>场地租赁合同</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>申请容量超过160kW，低压供电不能满足，请按高压新装办理</source>
        <extracomment>rule message</extracomment>
        <translation>申请容量超过160kW，低压供电不能满足，请按高压新装办理</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>您好，您的{business}申请已受理，申请容量{capacity_kw}kW。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
客户经理会尽快到现场勘查并答复供电方案，请保持电话畅通；如需您方实施受电工程，施工期间不计入供电公司办理时间。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您的{business}申请已受理，申请容量{capacity_kw}kW。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
客户经理会尽快到现场勘查并答复供电方案，请保持电话畅通；如需您方实施受电工程，施工期间不计入供电公司办理时间。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>居民自用充电桩报装</source>
        <extracomment>business name</extracomment>
        <translation>居民自用充电桩报装</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>请客户出示有效身份证件。驾驶证、工作证、学生证不能作为办电证件。</source>
        <extracomment>page intro</extracomment>
        <translation>请客户出示有效身份证件。驾驶证、工作证、学生证不能作为办电证件。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>证件类型</source>
        <extracomment>field label</extracomment>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>证件号码</source>
        <extracomment>field label</extracomment>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>18位身份证号码</source>
        <extracomment>placeholder</extracomment>
        <translation>18位身份证号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>客户姓名</source>
        <extracomment>field label</extracomment>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>手机号码</source>
        <extracomment>field label</extracomment>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>代理人代办</source>
        <extracomment>field label</extracomment>
        <translation>代理人代办</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>车位与容量</source>
        <extracomment>page title</extracomment>
        <translation>车位与容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>充电桩须安装在客户自有或长期租用的固定车位。</source>
        <extracomment>page intro</extracomment>
        <translation>充电桩须安装在客户自有或长期租用的固定车位。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>车位所在地址</source>
        <extracomment>field label</extracomment>
        <translation>车位所在地址</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>小区名称、楼栋或停车场、车位编号</source>
        <extracomment>placeholder</extracomment>
        <translation>小区名称、楼栋或停车场、车位编号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>车位性质</source>
        <extracomment>field label</extracomment>
        <translation>车位性质</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>自有产权车位</source>
        <extracomment>choice</extracomment>
        <translation>自有产权车位</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>租赁车位</source>
        <extracomment>choice</extracomment>
        <translation>租赁车位</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>充电桩功率</source>
        <extracomment>field label</extracomment>
        <translation>充电桩功率</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>交流桩常见为7kW（单相220V）。</source>
        <extracomment>field hint</extracomment>
        <translation>交流桩常见为7kW（单相220V）。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>供电方式</source>
        <extracomment>field label</extracomment>
        <translation>供电方式</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>单相220V</source>
        <extracomment>choice</extracomment>
        <translation>单相220V</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>三相380V</source>
        <extracomment>choice</extracomment>
        <translation>三相380V</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>小区物业要求出具同意安装证明</source>
        <extracomment>field label</extracomment>
        <translation>小区物业要求出具同意安装证明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>申请人有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>申请人有效身份证件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>车位产权证明或车位租赁合同</source>
        <extracomment>document</extracomment>
        <translation>车位产权证明或车位租赁合同</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>物业服务企业同意安装证明</source>
        <extracomment>document</extracomment>
        <translation>物业服务企业同意安装证明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>小区物业有要求时提供</source>
        <extracomment>document note</extracomment>
        <translation>小区物业有要求时提供</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>充电桩功率超过21kW，不按居民自用充电桩受理，请按低压非居民新装办理</source>
        <extracomment>rule message</extracomment>
        <translation>充电桩功率超过21kW，不按居民自用充电桩受理，请按低压非居民新装办理</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>您好，您的{business}申请已受理，申请容量{capacity_kw}kW。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
充电桩及表后线路由您自行委托有资质的单位安装，请保持电话畅通，装表时工作人员会与您联系。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您的{business}申请已受理，申请容量{capacity_kw}kW。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
充电桩及表后线路由您自行委托有资质的单位安装，请保持电话畅通，装表时工作人员会与您联系。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <source>高压新装（双电源）</source>
        <extracomment>business name</extracomment>
        <translation>高压新装（双电源）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>设计审核</source>
        <extracomment>step</extracomment>
        <translation>设计审核</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>中间检查</source>
        <extracomment>step</extracomment>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>竣工检验</source>
        <extracomment>step</extracomment>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>归档</source>
        <extracomment>step</extracomment>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>用电地址与容量</source>
        <extracomment>page title</extracomment>
        <translation>用电地址与容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>按营业执照或产权证明上的地址填写用电地址；容量按拟装受电变压器总容量填写。</source>
        <extracomment>page intro</extracomment>
        <translation>按营业执照或产权证明上的地址填写用电地址；容量按拟装受电变压器总容量填写。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>省市区（县）、街道（乡镇）、园区（村）、门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>省市区（县）、街道（乡镇）、园区（村）、门牌号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>申请容量（受电变压器总容量）</source>
        <extracomment>field label</extracomment>
        <translation>申请容量（受电变压器总容量）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>供电电压</source>
        <extracomment>field label</extracomment>
        <translation>供电电压</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>以供电方案答复确定的电压为准，此处登记客户意向。</source>
        <extracomment>field hint</extracomment>
        <translation>以供电方案答复确定的电压为准，此处登记客户意向。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <source>双电源需求说明</source>
        <extracomment>field label</extracomment>
        <translation>双电源需求说明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <source>例如：医院手术室、数据中心等重要负荷，中断供电将造成的影响</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：医院手术室、数据中心等重要负荷，中断供电将造成的影响</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>一证办电：单位凭营业执照即可受理，其他资料可容缺后补。请逐项核对原件，收到后勾选。</source>
        <extracomment>page intro</extracomment>
        <translation>一证办电：单位凭营业执照即可受理，其他资料可容缺后补。请逐项核对原件，收到后勾选。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>用电地址产权证明（或租赁合同及产权证明）</source>
        <extracomment>document</extracomment>
        <translation>用电地址产权证明（或租赁合同及产权证明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>主要用电设备清单</source>
        <extracomment>document</extracomment>
        <translation>主要用电设备清单</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>可在供电方案答复前补交</source>
        <extracomment>document note</extracomment>
        <translation>可在供电方案答复前补交</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>项目核准（备案）文件</source>
        <extracomment>document</extracomment>
        <translation>项目核准（备案）文件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>政府核准或备案的项目提供</source>
        <extracomment>document note</extracomment>
        <translation>政府核准或备案的项目提供</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <source>重要负荷（双电源）需求说明及负荷清单</source>
        <extracomment>document</extracomment>
        <translation>重要负荷（双电源）需求说明及负荷清单</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>您好，您的{business}申请已受理。办理环节为：{steps}。
供电公司的办理时间合计不超过{time_limit_days}个工作日，按今天受理计算预计{promised_date}前完成装表接电；您方外部（受电）工程施工的时间不计入，施工期间完成日期相应顺延。
供电方案答复后，请委托有资质的单位设计施工：设计完成后报我们审核，隐蔽工程施工时申请中间检查，工程完工后申请竣工检验。
客户经理会与您保持联系，如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您的{business}申请已受理。办理环节为：{steps}。
供电公司的办理时间合计不超过{time_limit_days}个工作日，按今天受理计算预计{promised_date}前完成装表接电；您方外部（受电）工程施工的时间不计入，施工期间完成日期相应顺延。
供电方案答复后，请委托有资质的单位设计施工：设计完成后报我们审核，隐蔽工程施工时申请中间检查，工程完工后申请竣工检验。
客户经理会与您保持联系，如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>高压新装（单电源）</source>
        <extracomment>business name</extracomment>
        <translation>高压新装（单电源）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <source>低压非居民新装（普通）</source>
        <extracomment>business name</extracomment>
        <translation>低压非居民新装（普通）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>按营业执照或房产证明上的地址填写用电地址，精确到门牌号。</source>
        <extracomment>page intro</extracomment>
        <translation>按营业执照或房产证明上的地址填写用电地址，精确到门牌号。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>省市区（县）、街道（乡镇）、小区（村）、门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>省市区（县）、街道（乡镇）、小区（村）、门牌号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <source>低压供电的容量上限按省公司规定，超过时按高压新装办理。</source>
        <extracomment>field hint</extracomment>
        <translation>低压供电的容量上限按省公司规定，超过时按高压新装办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>用电地址产权不清晰（需提供产权证明或租赁合同）</source>
        <extracomment>field label</extracomment>
        <translation>用电地址产权不清晰（需提供产权证明或租赁合同）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>用电地址产权证明（或租赁合同）</source>
        <extracomment>document</extracomment>
        <translation>用电地址产权证明（或租赁合同）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>仅在产权不清晰时需要</source>
        <extracomment>document note</extracomment>
        <translation>仅在产权不清晰时需要</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <source>您好，您的{business}申请已受理。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
客户经理会尽快到现场勘查并答复供电方案，请保持电话畅通；如需您方实施受电工程，施工期间不计入供电公司办理时间。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您的{business}申请已受理。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
客户经理会尽快到现场勘查并答复供电方案，请保持电话畅通；如需您方实施受电工程，施工期间不计入供电公司办理时间。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>低压非居民新装（“三零”服务）</source>
        <extracomment>business name</extracomment>
        <translation>低压非居民新装（“三零”服务）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>“三零”服务适用于160kW及以下的小微企业；超过时请办理低压非居民新装（普通）或高压新装。</source>
        <extracomment>field hint</extracomment>
        <translation>“三零”服务适用于160kW及以下的小微企业；超过时请办理低压非居民新装（普通）或高压新装。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>申请容量超过160kW，不适用“三零”服务，请改为办理“低压非居民新装（普通）”，容量较大时按高压新装办理。</source>
        <extracomment>rule message</extracomment>
        <translation>申请容量超过160kW，不适用“三零”服务，请改为办理“低压非居民新装（普通）”，容量较大时按高压新装办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>您好，您的{business}申请已受理。您享受“三零”服务：零上门、零审批、零投资，电能表及以前的供电设施由供电公司投资建设。
我们承诺在{time_limit_days}个工作日内完成全部流程（{steps}），预计{promised_date}前完成装表接电。如需新建外部线路，完成时间会相应延长，客户经理会提前与您联系说明。
装表前工作人员会通过您留下的手机号码与您联系，请保持电话畅通，并确保用电地址处有人配合。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您的{business}申请已受理。您享受“三零”服务：零上门、零审批、零投资，电能表及以前的供电设施由供电公司投资建设。
我们承诺在{time_limit_days}个工作日内完成全部流程（{steps}），预计{promised_date}前完成装表接电。如需新建外部线路，完成时间会相应延长，客户经理会提前与您联系说明。
装表前工作人员会通过您留下的手机号码与您联系，请保持电话畅通，并确保用电地址处有人配合。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>低压居民新装</source>
        <extracomment>business name</extracomment>
        <translation>低压居民新装</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>按房产所在地址填写用电地址，精确到门牌号。</source>
        <extracomment>page intro</extracomment>
        <translation>按房产所在地址填写用电地址，精确到门牌号。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>房屋产权不清晰（需提供产权证明）</source>
        <extracomment>field label</extracomment>
        <translation>房屋产权不清晰（需提供产权证明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>一证办电：居民身份证即可受理。请逐项核对原件，收到后勾选。</source>
        <extracomment>page intro</extracomment>
        <translation>一证办电：居民身份证即可受理。请逐项核对原件，收到后勾选。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>房屋产权证明（或购房合同）</source>
        <extracomment>document</extracomment>
        <translation>房屋产权证明（或购房合同）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>代理人有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>代理人有效身份证件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>您好，您的{business}申请已受理。我们承诺在{time_limit_days}个工作日内完成全部流程（{steps}），预计{promised_date}前完成装表接电。
装表前工作人员会通过您留下的手机号码与您联系，请保持电话畅通，并确保用电地址处有人配合。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您的{business}申请已受理。我们承诺在{time_limit_days}个工作日内完成全部流程（{steps}），预计{promised_date}前完成装表接电。
装表前工作人员会通过您留下的手机号码与您联系，请保持电话畅通，并确保用电地址处有人配合。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>并户</source>
        <extracomment>business name</extracomment>
        <translation>并户</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <location filename="../resources/workflows/split.toml"/>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>现场勘查</source>
        <extracomment>step</extracomment>
        <translation>现场勘查</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>拆表并户</source>
        <extracomment>step</extracomment>
        <translation>拆表并户</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>并户信息</source>
        <extracomment>page title</extracomment>
        <translation>并户信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>只有同一供电点、同一用电地址的相邻用户可以并户；各户须先结清欠费。</source>
        <extracomment>page intro</extracomment>
        <translation>只有同一供电点、同一用电地址的相邻用户可以并户；各户须先结清欠费。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>被并户户号</source>
        <extracomment>field label</extracomment>
        <translation>被并户户号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>被并户户主的有效证件及同意并户的书面说明</source>
        <extracomment>document</extracomment>
        <translation>被并户户主的有效证件及同意并户的书面说明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>被并户户号的电费结清凭证</source>
        <extracomment>document</extracomment>
        <translation>被并户户号的电费结清凭证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>被并户户号无欠费时可当场查询确认</source>
        <extracomment>document note</extracomment>
        <translation>被并户户号无欠费时可当场查询确认</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>您好，您户号{account_no}与户号{other_account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结；并户后保留户号{account_no}，容量不超过原各户容量之和。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}与户号{other_account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结；并户后保留户号{account_no}，容量不超过原各户容量之和。
如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表</source>
        <extracomment>business name</extracomment>
        <translation>移表</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表接电</source>
        <extracomment>step</extracomment>
        <translation>移表接电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表信息</source>
        <extracomment>page title</extracomment>
        <translation>移表信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表须用电地址、用电容量、用电类别和供电点不变；移表费用由客户承担。</source>
        <extracomment>page intro</extracomment>
        <translation>移表须用电地址、用电容量、用电类别和供电点不变；移表费用由客户承担。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>新表位位置</source>
        <extracomment>field label</extracomment>
        <translation>新表位位置</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>例如：一楼楼道东侧墙面</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：一楼楼道东侧墙面</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表原因</source>
        <extracomment>field label</extracomment>
        <translation>移表原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成移表，移表期间可能短时停电，工作人员会提前与您联系。
移表所需费用由您承担，现场勘查后告知。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成移表，移表期间可能短时停电，工作人员会提前与您联系。
移表所需费用由您承担，现场勘查后告知。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>电能表校验申请</source>
        <extracomment>business name</extracomment>
        <translation>电能表校验申请</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>校验并告知结果</source>
        <extracomment>step</extracomment>
        <translation>校验并告知结果</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>校验原因</source>
        <extracomment>page title</extracomment>
        <translation>校验原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>记录客户认为电能表不准的情况，供校验人员参考。</source>
        <extracomment>page intro</extracomment>
        <translation>记录客户认为电能表不准的情况，供校验人员参考。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>异常情况</source>
        <extracomment>field label</extracomment>
        <translation>异常情况</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>电量明显偏高</source>
        <extracomment>choice</extracomment>
        <translation>电量明显偏高</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>电能表走字异常</source>
        <extracomment>choice</extracomment>
        <translation>电能表走字异常</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>电能表显示或外观异常</source>
        <extracomment>choice</extracomment>
        <translation>电能表显示或外观异常</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>情况说明</source>
        <extracomment>field label</extracomment>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>例如：近两个月电量比去年同期高一倍，用电设备未增加</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：近两个月电量比去年同期高一倍，用电设备未增加</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>您好，您户号{account_no}的{business}已受理。我们将在{time_limit_days}个工作日内完成校验并告知结果，预计{promised_date}前答复。
校验期间电费仍应按期交纳，校验结果确认后再行退补。如对校验结果有异议，可向上级计量检定机构申请检定。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}已受理。我们将在{time_limit_days}个工作日内完成校验并告知结果，预计{promised_date}前答复。
校验期间电费仍应按期交纳，校验结果确认后再行退补。如对校验结果有异议，可向上级计量检定机构申请检定。
如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>一户多人口阶梯电量调整</source>
        <extracomment>business name</extracomment>
        <translation>一户多人口阶梯电量调整</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>资料审核</source>
        <extracomment>step</extracomment>
        <translation>资料审核</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>驾驶证、工作证、学生证不能作为办电证件。</source>
        <extracomment>field hint</extracomment>
        <translation>驾驶证、工作证、学生证不能作为办电证件。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>户主姓名</source>
        <extracomment>field label</extracomment>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>户籍人口</source>
        <extracomment>page title</extracomment>
        <translation>户籍人口</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>按户口簿登记的在册人口填写；同一户口簿只能对应一个户号享受调整。</source>
        <extracomment>page intro</extracomment>
        <translation>按户口簿登记的在册人口填写；同一户口簿只能对应一个户号享受调整。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>户籍人口数</source>
        <extracomment>field label</extracomment>
        <translation>户籍人口数</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>人</source>
        <extracomment>unit</extracomment>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>调整标准</source>
        <extracomment>field label</extracomment>
        <translation>调整标准</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>每户每月增加100千瓦时阶梯电量基数（示例，以本省规定为准）</source>
        <extracomment>choice</extracomment>
        <translation>每户每月增加100千瓦时阶梯电量基数（示例，以本省规定为准）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>户口簿（首页及全部成员页）</source>
        <extracomment>document</extracomment>
        <translation>户口簿（首页及全部成员页）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>户籍人口须为5人及以上才能办理一户多人口阶梯电量调整</source>
        <extracomment>rule message</extracomment>
        <translation>户籍人口须为5人及以上才能办理一户多人口阶梯电量调整</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，登记户籍人口{persons}人，调整标准：{tier_raise}。
我们将在{time_limit_days}个工作日内完成审核，预计{promised_date}前办结，审核通过后自下一抄表周期起执行。
户籍人口减少时请及时到营业厅办理变更。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，登记户籍人口{persons}人，调整标准：{tier_raise}。
我们将在{time_limit_days}个工作日内完成审核，预计{promised_date}前办结，审核通过后自下一抄表周期起执行。
户籍人口减少时请及时到营业厅办理变更。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>分布式光伏并网（非自然人）</source>
        <extracomment>business name</extracomment>
        <translation>分布式光伏并网（非自然人）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>接入方案答复</source>
        <extracomment>step</extracomment>
        <translation>接入方案答复</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>计量装置安装及合同签订</source>
        <extracomment>step</extracomment>
        <translation>计量装置安装及合同签订</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>并网验收及调试</source>
        <extracomment>step</extracomment>
        <translation>并网验收及调试</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>光伏项目信息</source>
        <extracomment>page title</extracomment>
        <translation>光伏项目信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>按场地产权证明或租赁合同上的地址填写安装地址。接入电压由现场勘查和接入方案最终核定。</source>
        <extracomment>page intro</extracomment>
        <translation>按场地产权证明或租赁合同上的地址填写安装地址。接入电压由现场勘查和接入方案最终核定。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>项目安装地址</source>
        <extracomment>field label</extracomment>
        <translation>项目安装地址</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>省市区（县）、街道（乡镇）、园区、门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>省市区（县）、街道（乡镇）、园区、门牌号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>项目类型</source>
        <extracomment>field label</extracomment>
        <translation>项目类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>非自然人户用</source>
        <extracomment>choice</extracomment>
        <translation>非自然人户用</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>一般工商业</source>
        <extracomment>choice</extracomment>
        <translation>一般工商业</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>装机容量</source>
        <extracomment>field label</extracomment>
        <translation>装机容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>接入电压</source>
        <extracomment>field label</extracomment>
        <translation>接入电压</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>消纳模式</source>
        <extracomment>field label</extracomment>
        <translation>消纳模式</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>一般工商业项目可选全部自用或自发自用、余电上网。</source>
        <extracomment>field hint</extracomment>
        <translation>一般工商业项目可选全部自用或自发自用、余电上网。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>自发自用、余电上网</source>
        <extracomment>choice</extracomment>
        <translation>自发自用、余电上网</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>全部自用</source>
        <extracomment>choice</extracomment>
        <translation>全部自用</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>全额上网</source>
        <extracomment>choice</extracomment>
        <translation>全额上网</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>现有用电户号</source>
        <extracomment>field label</extracomment>
        <translation>现有用电户号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>自发自用时填写，10至16位数字</source>
        <extracomment>placeholder</extracomment>
        <translation>自发自用时填写，10至16位数字</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>屋顶或场地为租用（需租赁协议）</source>
        <extracomment>field label</extracomment>
        <translation>屋顶或场地为租用（需租赁协议）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>屋顶或场地产权证明</source>
        <extracomment>document</extracomment>
        <translation>屋顶或场地产权证明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>屋顶或场地租赁协议</source>
        <extracomment>document</extracomment>
        <translation>屋顶或场地租赁协议</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>项目备案文件</source>
        <extracomment>document</extracomment>
        <translation>项目备案文件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>已备案时提供；备案要求以当地能源主管部门为准</source>
        <extracomment>document note</extracomment>
        <translation>已备案时提供；备案要求以当地能源主管部门为准</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>装机容量超过6000kWp（6兆瓦），不在营业厅受理范围，请联系客户经理办理</source>
        <extracomment>rule message</extracomment>
        <translation>装机容量超过6000kWp（6兆瓦），不在营业厅受理范围，请联系客户经理办理</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>您好，您的{business}申请已受理。办理环节为：{steps}。
供电公司各环节合计{time_limit_days}个工作日（不含您方设计、施工时间），按此计算预计{promised_date}前完成并网；光伏工程竣工后请及时申请并网验收。
客户经理会与您联系到现场勘查并答复接入方案，请保持电话畅通。接入方案答复前请勿开工。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您的{business}申请已受理。办理环节为：{steps}。
供电公司各环节合计{time_limit_days}个工作日（不含您方设计、施工时间），按此计算预计{promised_date}前完成并网；光伏工程竣工后请及时申请并网验收。
客户经理会与您联系到现场勘查并答复接入方案，请保持电话畅通。接入方案答复前请勿开工。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>分布式光伏并网（自然人户用）</source>
        <extracomment>business name</extracomment>
        <translation>分布式光伏并网（自然人户用）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>按房屋产权证明上的地址填写安装地址。接入电压按装机容量确定，由现场勘查最终核定。</source>
        <extracomment>page intro</extracomment>
        <translation>按房屋产权证明上的地址填写安装地址。接入电压按装机容量确定，由现场勘查最终核定。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>小容量单相接入220V，其余接入380V；以接入方案为准。</source>
        <extracomment>field hint</extracomment>
        <translation>小容量单相接入220V，其余接入380V；以接入方案为准。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>屋顶为多户共有（需其他产权人同意）</source>
        <extracomment>field label</extracomment>
        <translation>屋顶为多户共有（需其他产权人同意）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>房屋产权证明（或乡镇、村委会出具的房屋使用证明）</source>
        <extracomment>document</extracomment>
        <translation>房屋产权证明（或乡镇、村委会出具的房屋使用证明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>屋顶其他产权人同意安装的书面证明</source>
        <extracomment>document</extracomment>
        <translation>屋顶其他产权人同意安装的书面证明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>装机容量超过50kWp，不按自然人户用受理，请按非自然人分布式光伏并网办理</source>
        <extracomment>rule message</extracomment>
        <translation>装机容量超过50kWp，不按自然人户用受理，请按非自然人分布式光伏并网办理</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reconnection.toml"/>
        <source>复电</source>
        <extracomment>business name</extracomment>
        <translation>复电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reconnection.toml"/>
        <source>现场复电</source>
        <extracomment>step</extracomment>
        <translation>现场复电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reconnection.toml"/>
        <source>复电须先结清欠费。请客户提供户号（电费通知单、缴费卡或“网上国网”可查），并出示户主的有效证件。变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理。</source>
        <extracomment>page intro</extracomment>
        <translation>复电须先结清欠费。请客户提供户号（电费通知单、缴费卡或“网上国网”可查），并出示户主的有效证件。变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reconnection.toml"/>
        <source>您好，您户号{account_no}的欠费已结清，{business}已登记。
我们将在24小时内恢复供电（{steps}），请保持电话畅通；恢复供电前请关闭家中电器开关。
如超过时限仍未恢复供电，请拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的欠费已结清，{business}已登记。
我们将在24小时内恢复供电（{steps}），请保持电话畅通；恢复供电前请关闭家中电器开关。
如超过时限仍未恢复供电，请拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>复装</source>
        <extracomment>business name</extracomment>
        <translation>复装</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>复装接电</source>
        <extracomment>step</extracomment>
        <translation>复装接电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>复装信息</source>
        <extracomment>page title</extracomment>
        <translation>复装信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>暂拆超过6个月要求复装的，按新装办理。</source>
        <extracomment>page intro</extracomment>
        <translation>暂拆超过6个月要求复装的，按新装办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>希望复装日期</source>
        <extracomment>field label</extracomment>
        <translation>希望复装日期</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>说明</source>
        <extracomment>field label</extracomment>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）为您复装接电，请保持电话畅通。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）为您复装接电，请保持电话畅通。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>迁址</source>
        <extracomment>business name</extracomment>
        <translation>迁址</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>新址装表接电</source>
        <extracomment>step</extracomment>
        <translation>新址装表接电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>迁址信息</source>
        <extracomment>page title</extracomment>
        <translation>迁址信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>迁址须由户主申请，不得自行迁移；新址不在原供电点供电的按新装办理，新址容量超过原容量的超过部分按增容办理。</source>
        <extracomment>page intro</extracomment>
        <translation>迁址须由户主申请，不得自行迁移；新址不在原供电点供电的按新装办理，新址容量超过原容量的超过部分按增容办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>新用电地址</source>
        <extracomment>field label</extracomment>
        <translation>新用电地址</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>计划迁移日期</source>
        <extracomment>field label</extracomment>
        <translation>计划迁移日期</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>迁址原因</source>
        <extracomment>field label</extracomment>
        <translation>迁址原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>新址产权证明（或租赁合同及产权证明）</source>
        <extracomment>document</extracomment>
        <translation>新址产权证明（或租赁合同及产权证明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，新用电地址为{new_address}，计划于{move_date}迁移。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前在新址装表接电。
原址在迁移后停止供电；新址不在原供电点供电的，按新装用电办理；新址用电容量超过原容量的，超过部分按增容办理。请勿自行迁移用电地址。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，新用电地址为{new_address}，计划于{move_date}迁移。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前在新址装表接电。
原址在迁移后停止供电；新址不在原供电点供电的，按新装用电办理；新址用电容量超过原容量的，超过部分按增容办理。请勿自行迁移用电地址。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>更名</source>
        <extracomment>business name</extracomment>
        <translation>更名</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>更名信息</source>
        <extracomment>page title</extracomment>
        <translation>更名信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>更名只改户名，用电地址、用电容量和用电类别均不变；户号须无欠费。</source>
        <extracomment>page intro</extracomment>
        <translation>更名只改户名，用电地址、用电容量和用电类别均不变；户号须无欠费。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>新户名</source>
        <extracomment>field label</extracomment>
        <translation>新户名</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>个人填写更名后证件上的姓名；单位填写变更后营业执照上的名称。</source>
        <extracomment>field hint</extracomment>
        <translation>个人填写更名后证件上的姓名；单位填写变更后营业执照上的名称。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>更名证明（单位：市场监管部门的名称变更登记通知书或新营业执照；个人：公安机关出具的更名证明）</source>
        <extracomment>document</extracomment>
        <translation>更名证明（单位：市场监管部门的名称变更登记通知书或新营业执照；个人：公安机关出具的更名证明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，新户名为“{new_name}”。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前办结，办结后电费通知单和发票将使用新户名。
用电地址、容量和用电类别不变。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，新户名为“{new_name}”。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前办结，办结后电费通知单和发票将使用新户名。
用电地址、容量和用电类别不变。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分户</source>
        <extracomment>business name</extracomment>
        <translation>分户</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分户信息</source>
        <extracomment>page title</extracomment>
        <translation>分户信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分户须用电地址、供电点和总容量不变，且受电装置具备分装条件；原户须先结清欠费。请分出户的户主出示有效证件。</source>
        <extracomment>page intro</extracomment>
        <translation>分户须用电地址、供电点和总容量不变，且受电装置具备分装条件；原户须先结清欠费。请分出户的户主出示有效证件。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户用电地址</source>
        <extracomment>field label</extracomment>
        <translation>分出户用电地址</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>精确到门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>精确到门牌号</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户容量</source>
        <extracomment>field label</extracomment>
        <translation>分出户容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主证件类型</source>
        <extracomment>field label</extracomment>
        <translation>分出户户主证件类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主证件号码</source>
        <extracomment>field label</extracomment>
        <translation>分出户户主证件号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主名称</source>
        <extracomment>field label</extracomment>
        <translation>分出户户主名称</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主联系手机</source>
        <extracomment>field label</extracomment>
        <translation>分出户户主联系手机</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主法定代表人姓名</source>
        <extracomment>field label</extracomment>
        <translation>分出户户主法定代表人姓名</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主法定代表人身份证号码</source>
        <extracomment>field label</extracomment>
        <translation>分出户户主法定代表人身份证号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>分出户户主有效身份证件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主营业执照（统一社会信用代码证）</source>
        <extracomment>document</extracomment>
        <translation>分出户户主营业执照（统一社会信用代码证）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主法定代表人身份证</source>
        <extracomment>document</extracomment>
        <translation>分出户户主法定代表人身份证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分户协议（容量分割说明）</source>
        <extracomment>document</extracomment>
        <translation>分户协议（容量分割说明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户容量应小于原户现有容量</source>
        <extracomment>rule message</extracomment>
        <translation>分出户容量应小于原户现有容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，分出户容量为{new_capacity_kw}kW。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表。分出的新户与供电公司另行建立供用电关系，分户后如需增容请另行申请。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，分出户容量为{new_capacity_kw}kW。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表。分出的新户与供电公司另行建立供用电关系，分户后如需增容请另行申请。
如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停</source>
        <extracomment>business name</extracomment>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停信息</source>
        <extracomment>page title</extracomment>
        <translation>暂停信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停须提前5个工作日申请；每次不少于15天（首日、末日均计入）；每一日历年内最多2次，全年累计不超过6个月（按日历月计）。经批准的季节性用电不受年度次数和累计限制。</source>
        <extracomment>page intro</extracomment>
        <translation>暂停须提前5个工作日申请；每次不少于15天（首日、末日均计入）；每一日历年内最多2次，全年累计不超过6个月（按日历月计）。经批准的季节性用电不受年度次数和累计限制。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停首日</source>
        <extracomment>field label</extracomment>
        <translation>暂停首日</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停生效的第一天（当日起停止用电）。</source>
        <extracomment>field hint</extracomment>
        <translation>暂停生效的第一天（当日起停止用电）。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停末日（含当日）</source>
        <extracomment>field label</extracomment>
        <translation>暂停末日（含当日）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停的最后一天，当日计入暂停期；次日恢复计收基本电费。</source>
        <extracomment>field hint</extracomment>
        <translation>暂停的最后一天，当日计入暂停期；次日恢复计收基本电费。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>季节性用电（经批准）</source>
        <extracomment>field label</extracomment>
        <translation>季节性用电（经批准）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>经批准的季节性用电户不受每年次数和累计6个月的限制（供电营业规则1996年第二十四条：累计暂停时间可以另议）。</source>
        <extracomment>field hint</extracomment>
        <translation>经批准的季节性用电户不受每年次数和累计6个月的限制（供电营业规则1996年第二十四条：累计暂停时间可以另议）。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停原因</source>
        <extracomment>field label</extracomment>
        <translation>暂停原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>例如：季节性停产、设备检修</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：季节性停产、设备检修</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，暂停期限自{start_date}起至{end_date}止（含当日）。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场加封，请保持电话畅通。
按规定每次暂停不少于15天（首末日均计入），每一日历年内不超过2次、累计不超过6个月（经批准的季节性用电除外）；暂停期满后将按合同约定的容量恢复计收基本电费。如需提前恢复，请在预定恢复日前5个工作日来厅办理暂停恢复，未用的暂停天数退回当年额度。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，暂停期限自{start_date}起至{end_date}止（含当日）。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场加封，请保持电话畅通。
按规定每次暂停不少于15天（首末日均计入），每一日历年内不超过2次、累计不超过6个月（经批准的季节性用电除外）；暂停期满后将按合同约定的容量恢复计收基本电费。如需提前恢复，请在预定恢复日前5个工作日来厅办理暂停恢复，未用的暂停天数退回当年额度。
如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>暂停恢复</source>
        <extracomment>business name</extracomment>
        <translation>暂停恢复</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>须在预定恢复日前5个工作日申请。提前恢复的，暂停期至恢复日前一日止，未用天数退回当年额度。</source>
        <extracomment>page intro</extracomment>
        <translation>须在预定恢复日前5个工作日申请。提前恢复的，暂停期至恢复日前一日止，未用天数退回当年额度。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>恢复用电首日</source>
        <extracomment>field label</extracomment>
        <translation>恢复用电首日</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>从这一天起恢复用电；暂停期到前一天为止。</source>
        <extracomment>field hint</extracomment>
        <translation>从这一天起恢复用电；暂停期到前一天为止。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，自{restore_date}起恢复用电（暂停期至前一日止），未用的暂停天数退回当年额度。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场启封，请保持电话畅通。
恢复用电后按合同约定的容量计收基本电费。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，自{restore_date}起恢复用电（暂停期至前一日止），未用的暂停天数退回当年额度。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场启封，请保持电话畅通。
恢复用电后按合同约定的容量计收基本电费。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆</source>
        <extracomment>business name</extracomment>
        <translation>暂拆</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>拆表</source>
        <extracomment>step</extracomment>
        <translation>拆表</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆信息</source>
        <extracomment>page title</extracomment>
        <translation>暂拆信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆期限最长6个月（首尾两天都计入）；超过期限要求复装的按新装办理。</source>
        <extracomment>page intro</extracomment>
        <translation>暂拆期限最长6个月（首尾两天都计入）；超过期限要求复装的按新装办理。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆第一天</source>
        <extracomment>field label</extracomment>
        <translation>暂拆第一天</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆最后一天</source>
        <extracomment>field label</extracomment>
        <translation>暂拆最后一天</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>计划复装前的最后一天（当天计入期限）。</source>
        <extracomment>field hint</extracomment>
        <translation>计划复装前的最后一天（当天计入期限）。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆原因</source>
        <extracomment>field label</extracomment>
        <translation>暂拆原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>例如：房屋装修</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：房屋装修</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，暂拆期间为{first_day}至{last_day}（首尾两天都计入），最长不超过6个月。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）执行暂拆。暂拆期间保留您的原用电容量。
需要恢复用电时，请办理复装，手续完成后5天内为您复装接电；超过6个月要求复装的，按新装办理。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，暂拆期间为{first_day}至{last_day}（首尾两天都计入），最长不超过6个月。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）执行暂拆。暂拆期间保留您的原用电容量。
需要恢复用电时，请办理复装，手续完成后5天内为您复装接电；超过6个月要求复装的，按新装办理。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时用电</source>
        <extracomment>business name</extracomment>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时用电信息</source>
        <extracomment>page title</extracomment>
        <translation>临时用电信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时用电期限一般不超过6个月（首尾两天都计入）；需要更长期限的，经供电企业同意后办理延期。</source>
        <extracomment>page intro</extracomment>
        <translation>临时用电期限一般不超过6个月（首尾两天都计入）；需要更长期限的，经供电企业同意后办理延期。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>施工现场或活动场地的地址</source>
        <extracomment>placeholder</extracomment>
        <translation>施工现场或活动场地的地址</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时用电用途</source>
        <extracomment>field label</extracomment>
        <translation>临时用电用途</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>基建施工</source>
        <extracomment>choice</extracomment>
        <translation>基建施工</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>市政建设</source>
        <extracomment>choice</extracomment>
        <translation>市政建设</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>抢险救灾</source>
        <extracomment>choice</extracomment>
        <translation>抢险救灾</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时性活动</source>
        <extracomment>choice</extracomment>
        <translation>临时性活动</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>用电第一天</source>
        <extracomment>field label</extracomment>
        <translation>用电第一天</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>用电最后一天</source>
        <extracomment>field label</extracomment>
        <translation>用电最后一天</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>当天计入期限。</source>
        <extracomment>field hint</extracomment>
        <translation>当天计入期限。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>用电地址（场地）使用证明</source>
        <extracomment>document</extracomment>
        <translation>用电地址（场地）使用证明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>施工项目提供施工许可证或建设工程规划许可证；临时活动提供场地使用证明</source>
        <extracomment>document note</extracomment>
        <translation>施工项目提供施工许可证或建设工程规划许可证；临时活动提供场地使用证明</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>您好，您的{business}申请已受理，用电期限为{first_day}至{last_day}（首尾两天都计入），一般不超过6个月。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
临时用电须装表计量，不得向外转供电，也不得转让给他人；期满需要继续用电的，请在期满前办理临时用电延期。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您的{business}申请已受理，用电期限为{first_day}至{last_day}（首尾两天都计入），一般不超过6个月。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
临时用电须装表计量，不得向外转供电，也不得转让给他人；期满需要继续用电的，请在期满前办理临时用电延期。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>临时用电延期</source>
        <extracomment>business name</extracomment>
        <translation>临时用电延期</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>延期审批</source>
        <extracomment>step</extracomment>
        <translation>延期审批</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>延期信息</source>
        <extracomment>page title</extracomment>
        <translation>延期信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>临时用电超过6个月须经供电企业同意；请在原期限届满前申请。</source>
        <extracomment>page intro</extracomment>
        <translation>临时用电超过6个月须经供电企业同意；请在原期限届满前申请。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>原用电最后一天</source>
        <extracomment>field label</extracomment>
        <translation>原用电最后一天</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>延期后用电最后一天</source>
        <extracomment>field label</extracomment>
        <translation>延期后用电最后一天</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>延期原因</source>
        <extracomment>field label</extracomment>
        <translation>延期原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>例如：工程工期顺延</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：工程工期顺延</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，申请将用电期限延至{new_last_day}（当天计入）。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）答复审批结果；未获批准的，期满后停止临时用电。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，申请将用电期限延至{new_last_day}（当天计入）。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）答复审批结果；未获批准的，期满后停止临时用电。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>峰谷分时电价变更</source>
        <extracomment>business name</extracomment>
        <translation>峰谷分时电价变更</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>电能表设置</source>
        <extracomment>step</extracomment>
        <translation>电能表设置</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>分时电价选择</source>
        <extracomment>page title</extracomment>
        <translation>分时电价选择</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>峰谷分时电价自选择的日期所在抄表周期起执行；每年可变更的次数按本省规定。</source>
        <extracomment>page intro</extracomment>
        <translation>峰谷分时电价自选择的日期所在抄表周期起执行；每年可变更的次数按本省规定。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>申请事项</source>
        <extracomment>field label</extracomment>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>申请执行峰谷分时电价</source>
        <extracomment>choice</extracomment>
        <translation>申请执行峰谷分时电价</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>取消峰谷分时电价</source>
        <extracomment>choice</extracomment>
        <translation>取消峰谷分时电价</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>执行日期</source>
        <extracomment>field label</extracomment>
        <translation>执行日期</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>峰谷分时电价每年只能变更一次，本年度已办理过</source>
        <extracomment>rule message</extracomment>
        <translation>峰谷分时电价每年只能变更一次，本年度已办理过</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>您好，您户号{account_no}的{business}申请（{tou_choice}）已受理，自{start_date}所在的抄表周期起执行。
我们承诺在{time_limit_days}个工作日内完成电能表设置，预计{promised_date}前完成；如需更换电能表，工作人员会与您联系。
执行分时电价后，高峰时段电价较高、低谷时段电价较低，请合理安排用电。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请（{tou_choice}）已受理，自{start_date}所在的抄表周期起执行。
我们承诺在{time_limit_days}个工作日内完成电能表设置，预计{promised_date}前完成；如需更换电能表，工作人员会与您联系。
执行分时电价后，高峰时段电价较高、低谷时段电价较低，请合理安排用电。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>过户</source>
        <extracomment>business name</extracomment>
        <translation>过户</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>抄表结算</source>
        <extracomment>step</extracomment>
        <translation>抄表结算</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>过户归档</source>
        <extracomment>step</extracomment>
        <translation>过户归档</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主信息</source>
        <extracomment>page title</extracomment>
        <translation>新户主信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>过户后用电地址、用电容量和用电类别均不变；原户主须先结清欠费。请新户主出示有效证件。</source>
        <extracomment>page intro</extracomment>
        <translation>过户后用电地址、用电容量和用电类别均不变；原户主须先结清欠费。请新户主出示有效证件。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主证件类型</source>
        <extracomment>field label</extracomment>
        <translation>新户主证件类型</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主证件号码</source>
        <extracomment>field label</extracomment>
        <translation>新户主证件号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主名称</source>
        <extracomment>field label</extracomment>
        <translation>新户主名称</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主联系手机</source>
        <extracomment>field label</extracomment>
        <translation>新户主联系手机</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主法定代表人姓名</source>
        <extracomment>field label</extracomment>
        <translation>新户主法定代表人姓名</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主法定代表人身份证号码</source>
        <extracomment>field label</extracomment>
        <translation>新户主法定代表人身份证号码</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>新户主有效身份证件</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主营业执照（统一社会信用代码证）</source>
        <extracomment>document</extracomment>
        <translation>新户主营业执照（统一社会信用代码证）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主法定代表人身份证</source>
        <extracomment>document</extracomment>
        <translation>新户主法定代表人身份证</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主的产权证明（不动产权证书、购房合同或租赁合同）</source>
        <extracomment>document</extracomment>
        <translation>新户主的产权证明（不动产权证书、购房合同或租赁合同）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，新户主为“{new_name}”。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前办结。过户日抄表结算，此前的电费由原户主结清，此后的电费由新户主承担。
用电地址、容量和用电类别不变。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，新户主为“{new_name}”。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前办结。过户日抄表结算，此前的电费由原户主结清，此后的电费由新户主承担。
用电地址、容量和用电类别不变。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换</source>
        <extracomment>business name</extracomment>
        <translation>暂换</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>检验投运</source>
        <extracomment>step</extracomment>
        <translation>检验投运</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换信息</source>
        <extracomment>page title</extracomment>
        <translation>暂换信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换须在原受电地点整台暂换受电变压器。期限按变压器的电压等级：10千伏及以下不超过2个月，35千伏及以上不超过3个月。</source>
        <extracomment>page intro</extracomment>
        <translation>暂换须在原受电地点整台暂换受电变压器。期限按变压器的电压等级：10千伏及以下不超过2个月，35千伏及以上不超过3个月。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>受电电压等级</source>
        <extracomment>field label</extracomment>
        <translation>受电电压等级</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>10千伏及以下</source>
        <extracomment>choice</extracomment>
        <translation>10千伏及以下</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>35千伏及以上</source>
        <extracomment>choice</extracomment>
        <translation>35千伏及以上</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换变压器容量</source>
        <extracomment>field label</extracomment>
        <translation>暂换变压器容量</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换第一天</source>
        <extracomment>field label</extracomment>
        <translation>暂换第一天</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>使用暂换变压器的第一天。</source>
        <extracomment>field hint</extracomment>
        <translation>使用暂换变压器的第一天。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换最后一天</source>
        <extracomment>field label</extracomment>
        <translation>暂换最后一天</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>使用暂换变压器的最后一天（当天计入期限）。</source>
        <extracomment>field hint</extracomment>
        <translation>使用暂换变压器的最后一天（当天计入期限）。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换原因</source>
        <extracomment>field label</extracomment>
        <translation>暂换原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>例如：原变压器故障送修</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：原变压器故障送修</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换变压器的试验报告（检验合格证明）</source>
        <extracomment>document</extracomment>
        <translation>暂换变压器的试验报告（检验合格证明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>投运前提供；受理时尚未试验的可后补</source>
        <extracomment>document note</extracomment>
        <translation>投运前提供；受理时尚未试验的可后补</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，暂换变压器容量为{swap_capacity_kva}kVA，使用期限为{first_day}至{last_day}（首尾两天都计入）。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成。暂换的变压器须经检验合格后才能投入运行。
暂换期满请按时办理暂换恢复，逾期不办理的，供电企业可以中止供电；实行两部制电价的，自暂换之日起按暂换后的变压器容量计收基本电费。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，暂换变压器容量为{swap_capacity_kva}kVA，使用期限为{first_day}至{last_day}（首尾两天都计入）。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成。暂换的变压器须经检验合格后才能投入运行。
暂换期满请按时办理暂换恢复，逾期不办理的，供电企业可以中止供电；实行两部制电价的，自暂换之日起按暂换后的变压器容量计收基本电费。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>暂换恢复</source>
        <extracomment>business name</extracomment>
        <translation>暂换恢复</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>暂换期满或原变压器修复后，恢复使用原受电变压器。</source>
        <extracomment>page intro</extracomment>
        <translation>暂换期满或原变压器修复后，恢复使用原受电变压器。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>恢复日期</source>
        <extracomment>field label</extracomment>
        <translation>恢复日期</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>例如：原变压器已修复</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：原变压器已修复</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>原变压器的试验报告（检验合格证明）</source>
        <extracomment>document</extracomment>
        <translation>原变压器的试验报告（检验合格证明）</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>恢复运行前提供</source>
        <extracomment>document note</extracomment>
        <translation>恢复运行前提供</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，计划于{restore_date}恢复使用原变压器。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成。原变压器须经检验合格后才能恢复运行。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，计划于{restore_date}恢复使用原变压器。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成。原变压器须经检验合格后才能恢复运行。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压</source>
        <extracomment>business name</extracomment>
        <translation>改压</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压接电</source>
        <extracomment>step</extracomment>
        <translation>改压接电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压信息</source>
        <extracomment>page title</extracomment>
        <translation>改压信息</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>填写现在的和申请改为的供电电压；因用户原因改压的，费用由用户承担。</source>
        <extracomment>page intro</extracomment>
        <translation>填写现在的和申请改为的供电电压；因用户原因改压的，费用由用户承担。</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>现供电电压</source>
        <extracomment>field label</extracomment>
        <translation>现供电电压</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>申请改为</source>
        <extracomment>field label</extracomment>
        <translation>申请改为</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压原因</source>
        <extracomment>field label</extracomment>
        <translation>改压原因</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>例如：用电设备增加，需改为高压供电</source>
        <extracomment>placeholder</extracomment>
        <translation>例如：用电设备增加，需改为高压供电</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>用电设备清单</source>
        <extracomment>document</extracomment>
        <translation>用电设备清单</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压涉及容量变化时提供</source>
        <extracomment>document note</extracomment>
        <translation>改压涉及容量变化时提供</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，申请由{current_voltage}改为{new_voltage}供电。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成；需要您方实施的受电工程，施工期间不计入供电公司办理时间。
改压后容量超过原容量的，超过部分按增容办理。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>您好，您户号{account_no}的{business}申请已受理，申请由{current_voltage}改为{new_voltage}供电。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成；需要您方实施的受电工程，施工期间不计入供电公司办理时间。
改压后容量超过原容量的，超过部分按增容办理。如有疑问可拨打95598。</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>业扩报装/变更用电</source>
        <extracomment>queue category</extracomment>
        <translation>业扩报装/变更用电</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>电费缴纳</source>
        <extracomment>queue category</extracomment>
        <translation>电费缴纳</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>咨询/其他</source>
        <extracomment>queue category</extracomment>
        <translation>咨询/其他</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>非常满意</source>
        <extracomment>rating</extracomment>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>满意</source>
        <extracomment>rating</extracomment>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>基本满意</source>
        <extracomment>rating</extracomment>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>不满意</source>
        <extracomment>rating</extracomment>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>非常不满意</source>
        <extracomment>rating</extracomment>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>柜台</source>
        <extracomment>complaint channel</extracomment>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>电话</source>
        <extracomment>complaint channel</extracomment>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>网站/APP</source>
        <extracomment>complaint channel</extracomment>
        <translation>网站/APP</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>信函</source>
        <extracomment>complaint channel</extracomment>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>服务态度</source>
        <extracomment>complaint category</extracomment>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>办电时限</source>
        <extracomment>complaint category</extracomment>
        <translation>办电时限</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>收费</source>
        <extracomment>complaint category</extracomment>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>电能质量</source>
        <extracomment>complaint category</extracomment>
        <translation>电能质量</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>停电</source>
        <extracomment>complaint category</extracomment>
        <translation>停电</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>12398 能源监管热线</source>
        <extracomment>escalation hotline</extracomment>
        <translation>12398 能源监管热线</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>居民</source>
        <extracomment>stored value</extracomment>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>非居民</source>
        <extracomment>stored value</extracomment>
        <translation>非居民</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>低压</source>
        <extracomment>stored value</extracomment>
        <translation>低压</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>高压</source>
        <extracomment>stored value</extracomment>
        <translation>高压</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>电费</source>
        <extracomment>stored value</extracomment>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>100元</source>
        <extracomment>cash denomination</extracomment>
        <translation>100元</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>50元</source>
        <extracomment>cash denomination</extracomment>
        <translation>50元</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>20元</source>
        <extracomment>cash denomination</extracomment>
        <translation>20元</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>10元</source>
        <extracomment>cash denomination</extracomment>
        <translation>10元</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>5元</source>
        <extracomment>cash denomination</extracomment>
        <translation>5元</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>1元</source>
        <extracomment>cash denomination</extracomment>
        <translation>1元</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>5角</source>
        <extracomment>cash denomination</extracomment>
        <translation>5角</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>1角</source>
        <extracomment>cash denomination</extracomment>
        <translation>1角</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>5分</source>
        <extracomment>cash denomination</extracomment>
        <translation>5分</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>2分</source>
        <extracomment>cash denomination</extracomment>
        <translation>2分</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>1分</source>
        <extracomment>cash denomination</extracomment>
        <translation>1分</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民新装：新房第一次通电</source>
        <extracomment>exercise title</extracomment>
        <translation>居民新装：新房第一次通电</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>一位女士拿着身份证来到柜台：“您好，我叫林晓雯，刚在城关镇幸福路88号2幢301室买了新房，想申请装电表通电。”
她的身份证号码是 330106199003154322，手机号码 13905710001。
她说家里会装空调和电热水器，想要 8 千瓦的容量。房子是她本人的，没有找人代办。
请为她办理低压居民新装，资料齐全。</source>
        <extracomment>exercise story: the customer's words</extracomment>
        <translation>一位女士拿着身份证来到柜台：“您好，我叫林晓雯，刚在城关镇幸福路88号2幢301室买了新房，想申请装电表通电。”
她的身份证号码是 330106199003154322，手机号码 13905710001。
她说家里会装空调和电热水器，想要 8 千瓦的容量。房子是她本人的，没有找人代办。
请为她办理低压居民新装，资料齐全。</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>办理的业务是低压居民新装</source>
        <extracomment>check label</extracomment>
        <translation>办理的业务是低压居民新装</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>申请人证件类型为居民身份证</source>
        <extracomment>check label</extracomment>
        <translation>申请人证件类型为居民身份证</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>证件号码录入正确</source>
        <extracomment>check label</extracomment>
        <translation>证件号码录入正确</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>申请人姓名为林晓雯</source>
        <extracomment>check label</extracomment>
        <translation>申请人姓名为林晓雯</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>手机号码录入正确</source>
        <extracomment>check label</extracomment>
        <translation>手机号码录入正确</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>申请容量为 8 kW</source>
        <extracomment>check label</extracomment>
        <translation>申请容量为 8 kW</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>增容：填写增容后的总容量</source>
        <extracomment>exercise title</extracomment>
        <translation>增容：填写增容后的总容量</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>赵建国先生来到柜台：“我家户号 9900000000021，现在是 8 千瓦。家里新装了充电桩，想再加 4 千瓦。”
他出示了本人身份证 330102197811022016，手机 13905710002，本人办理。
注意：增容业务填写的是增容后的总容量，不是增加的部分。</source>
        <extracomment>exercise story: the customer's words</extracomment>
        <translation>赵建国先生来到柜台：“我家户号 9900000000021，现在是 8 千瓦。家里新装了充电桩，想再加 4 千瓦。”
他出示了本人身份证 330102197811022016，手机 13905710002，本人办理。
注意：增容业务填写的是增容后的总容量，不是增加的部分。</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>办理的业务是增容</source>
        <extracomment>check label</extracomment>
        <translation>办理的业务是增容</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>户号为 9900000000021</source>
        <extracomment>check label</extracomment>
        <translation>户号为 9900000000021</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>增容后总容量为 12 kW（8 + 4，不是 4）</source>
        <extracomment>check label</extracomment>
        <translation>增容后总容量为 12 kW（8 + 4，不是 4）</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>户主证件号码录入正确</source>
        <extracomment>check label</extracomment>
        <translation>户主证件号码录入正确</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>交清欠费：含违约金的现金缴费与找零</source>
        <extracomment>exercise title</extracomment>
        <translation>交清欠费：含违约金的现金缴费与找零</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>王秀英阿姨来交电费：“我家户号 9900000000032，好像有两个月没交了，一起交清吧。”
她递过来 4 张 100 元，共 400 元现金。
请交清该户全部欠费（违约金照收，系统会算出），按现金收取并正确找零。</source>
        <extracomment>exercise story: the customer's words</extracomment>
        <translation>王秀英阿姨来交电费：“我家户号 9900000000032，好像有两个月没交了，一起交清吧。”
她递过来 4 张 100 元，共 400 元现金。
请交清该户全部欠费（违约金照收，系统会算出），按现金收取并正确找零。</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>收费户号为 9900000000032</source>
        <extracomment>check label</extracomment>
        <translation>收费户号为 9900000000032</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>交清两个月电费本金 350.00 元</source>
        <extracomment>check label</extracomment>
        <translation>交清两个月电费本金 350.00 元</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>违约金 7.50 元已收取</source>
        <extracomment>check label</extracomment>
        <translation>违约金 7.50 元已收取</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>合计收费 357.50 元</source>
        <extracomment>check label</extracomment>
        <translation>合计收费 357.50 元</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>收款方式为现金</source>
        <extracomment>check label</extracomment>
        <translation>收款方式为现金</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>实收 400.00 元</source>
        <extracomment>check label</extracomment>
        <translation>实收 400.00 元</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>找零 42.50 元</source>
        <extracomment>check label</extracomment>
        <translation>找零 42.50 元</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>王阿姨问违约金是怎么算的，应当如何解释？</source>
        <extracomment>question</extracomment>
        <translation>王阿姨问违约金是怎么算的，应当如何解释？</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民用户按欠费金额每日千分之一，从缴费期限届满次日起算</source>
        <extracomment>answer choice</extracomment>
        <translation>居民用户按欠费金额每日千分之一，从缴费期限届满次日起算</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民用户按欠费金额每日千分之三，从账单日起算</source>
        <extracomment>answer choice</extracomment>
        <translation>居民用户按欠费金额每日千分之三，从账单日起算</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>不论逾期多久，每笔欠费固定收取10元</source>
        <extracomment>answer choice</extracomment>
        <translation>不论逾期多久，每笔欠费固定收取10元</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民用户不收违约金，只有非居民用户收取</source>
        <extracomment>answer choice</extracomment>
        <translation>居民用户不收违约金，只有非居民用户收取</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>暂停：不符合规定的申请要婉拒</source>
        <extracomment>exercise title</extracomment>
        <translation>暂停：不符合规定的申请要婉拒</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>陈志明先生是户号 9900000000043 的户主，他说：“我明天起出差十天，家里的电先给我暂停十天吧，省点基本电费。”
按规定暂停须提前5天申请，每次不少于15天。
请向客户解释规定，不要受理这笔暂停申请；客户表示理解，改天再来。</source>
        <extracomment>exercise story: the customer's words</extracomment>
        <translation>陈志明先生是户号 9900000000043 的户主，他说：“我明天起出差十天，家里的电先给我暂停十天吧，省点基本电费。”
按规定暂停须提前5天申请，每次不少于15天。
请向客户解释规定，不要受理这笔暂停申请；客户表示理解，改天再来。</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>没有受理不符合规定的暂停申请</source>
        <extracomment>check label</extracomment>
        <translation>没有受理不符合规定的暂停申请</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>客户的暂停申请为什么不能受理？</source>
        <extracomment>question</extracomment>
        <translation>客户的暂停申请为什么不能受理？</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民用户一律不能办理暂停</source>
        <extracomment>answer choice</extracomment>
        <translation>居民用户一律不能办理暂停</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>暂停须提前5天申请且每次不少于15天</source>
        <extracomment>answer choice</extracomment>
        <translation>暂停须提前5天申请且每次不少于15天</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>暂停须由户主本人携带房产证办理</source>
        <extracomment>answer choice</extracomment>
        <translation>暂停须由户主本人携带房产证办理</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>出差不属于可以申请暂停的理由</source>
        <extracomment>answer choice</extracomment>
        <translation>出差不属于可以申请暂停的理由</translation>
    </message>
    <message>
        <location filename="../resources/visits.toml"/>
        <source>近30天新装完成的客户</source>
        <extracomment>visit plan rule</extracomment>
        <translation>近30天新装完成的客户</translation>
    </message>
    <message>
        <location filename="../resources/visits.toml"/>
        <source>近90天有投诉或差评的客户</source>
        <extracomment>visit plan rule</extracomment>
        <translation>近90天有投诉或差评的客户</translation>
    </message>
    <message>
        <location filename="../resources/visits.toml"/>
        <source>大容量非居民客户</source>
        <extracomment>visit plan rule</extracomment>
        <translation>大容量非居民客户</translation>
    </message>
    <message>
        <location filename="../resources/visits.toml"/>
        <source>近90天多次停电地区的客户</source>
        <extracomment>visit plan rule</extracomment>
        <translation>近90天多次停电地区的客户</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>年度满意度</source>
        <extracomment>questionnaire name</extracomment>
        <translation>年度满意度</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>您好，我们正在开展年度供电服务满意度调查，请您对过去一年的供电服务作出评价。</source>
        <extracomment>questionnaire intro: what the visitor says first</extracomment>
        <translation>您好，我们正在开展年度供电服务满意度调查，请您对过去一年的供电服务作出评价。</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>对供电可靠性（停电次数和时长）打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>对供电可靠性（停电次数和时长）打几分？（1-5分）</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>家中或单位是否出现过电压不稳、灯光闪烁？</source>
        <extracomment>survey question</extracomment>
        <translation>家中或单位是否出现过电压不稳、灯光闪烁？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>计划停电前是否提前收到通知？</source>
        <extracomment>survey question</extracomment>
        <translation>计划停电前是否提前收到通知？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>每次都收到</source>
        <extracomment>survey answer option</extracomment>
        <translation>每次都收到</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>有时收到</source>
        <extracomment>survey answer option</extracomment>
        <translation>有时收到</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>从未收到</source>
        <extracomment>survey answer option</extracomment>
        <translation>从未收到</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>没有遇到停电</source>
        <extracomment>survey answer option</extracomment>
        <translation>没有遇到停电</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>对电费账单和缴费方式打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>对电费账单和缴费方式打几分？（1-5分）</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>对营业厅服务打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>对营业厅服务打几分？（1-5分）</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>对供电服务总体打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>对供电服务总体打几分？（1-5分）</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>您最希望我们改进的是什么？</source>
        <extracomment>survey question</extracomment>
        <translation>您最希望我们改进的是什么？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>大客户走访</source>
        <extracomment>questionnaire name</extracomment>
        <translation>大客户走访</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>您好，我们是供电营业厅的客户经理，定期走访重点客户，了解贵单位用电中的问题和需求。</source>
        <extracomment>questionnaire intro: what the visitor says first</extracomment>
        <translation>您好，我们是供电营业厅的客户经理，定期走访重点客户，了解贵单位用电中的问题和需求。</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>过去半年停电是否影响了生产经营？</source>
        <extracomment>survey question</extracomment>
        <translation>过去半年停电是否影响了生产经营？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>对电能质量（电压、谐波、闪变）打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>对电能质量（电压、谐波、闪变）打几分？（1-5分）</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>未来一年的用电容量计划</source>
        <extracomment>survey question</extracomment>
        <translation>未来一年的用电容量计划</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>维持现有容量</source>
        <extracomment>survey answer option</extracomment>
        <translation>维持现有容量</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>计划增容</source>
        <extracomment>survey answer option</extracomment>
        <translation>计划增容</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>计划减容</source>
        <extracomment>survey answer option</extracomment>
        <translation>计划减容</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>尚未确定</source>
        <extracomment>survey answer option</extracomment>
        <translation>尚未确定</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>客户经理是否及时响应贵单位的诉求？</source>
        <extracomment>survey question</extracomment>
        <translation>客户经理是否及时响应贵单位的诉求？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>贵单位对供电服务有什么需求或建议？</source>
        <extracomment>survey question</extracomment>
        <translation>贵单位对供电服务有什么需求或建议？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>新装回访</source>
        <extracomment>questionnaire name</extracomment>
        <translation>新装回访</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>您好，我是供电营业厅的工作人员，想了解您新装用电的办理情况，耽误您几分钟时间。</source>
        <extracomment>questionnaire intro: what the visitor says first</extracomment>
        <translation>您好，我是供电营业厅的工作人员，想了解您新装用电的办理情况，耽误您几分钟时间。</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>是否按承诺时间送电？</source>
        <extracomment>survey question</extracomment>
        <translation>是否按承诺时间送电？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>收费是否与营业厅告知的一致？</source>
        <extracomment>survey question</extracomment>
        <translation>收费是否与营业厅告知的一致？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>办理过程中您到营业厅跑了几次？</source>
        <extracomment>survey question</extracomment>
        <translation>办理过程中您到营业厅跑了几次？</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>一次</source>
        <extracomment>survey answer option</extracomment>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>两次</source>
        <extracomment>survey answer option</extracomment>
        <translation>两次</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>三次及以上</source>
        <extracomment>survey answer option</extracomment>
        <translation>三次及以上</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>对工作人员的服务态度打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>对工作人员的服务态度打几分？（1-5分）</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>对本次新装办电总体打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>对本次新装办电总体打几分？（1-5分）</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>还有什么意见或建议？</source>
        <extracomment>survey question</extracomment>
        <translation>还有什么意见或建议？</translation>
    </message>
</context>
</TS>
