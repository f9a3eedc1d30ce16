<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>data</name>
    <message>
        <location filename="../counter_app/ui/pages.py"/>
        <source>业扩报装</source>
        <extracomment>business category</extracomment>
        <translation>New connection</translation>
    </message>
    <message>
        <location filename="../counter_app/ui/pages.py"/>
        <source>变更用电</source>
        <extracomment>business category</extracomment>
        <translation>Service change</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>抄表电费争议</source>
        <extracomment>business name</extracomment>
        <translation>Meter reading or bill dispute</translation>
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
        <translation>Application accepted</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>核查并答复</source>
        <extracomment>step</extracomment>
        <translation>Check and reply</translation>
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
        <translation>Account and applicant</translation>
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
        <translation>Ask for the account no. (on the bill, the payment card or the State Grid app) and the account holder's valid ID. A change must be made by the holder in person, or by an agent with the holder's ID and a letter of authorisation.</translation>
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
        <translation>Account no.</translation>
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
        <translation>10 to 16 digits</translation>
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
        <translation>Holder's ID type</translation>
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
        <translation>Driving licences, work IDs and student cards are not accepted; for a company choose "Unified social credit code".</translation>
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
        <translation>Resident ID card</translation>
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
        <translation>Household register</translation>
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
        <translation>Police household registration certificate</translation>
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
        <translation>Residence permit for Hong Kong, Macao and Taiwan residents</translation>
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
        <translation>Mainland Travel Permit for Hong Kong and Macao Residents</translation>
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
        <translation>Mainland Travel Permit for Taiwan Residents</translation>
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
        <translation>Passport</translation>
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
        <translation>Foreign Permanent Resident ID Card</translation>
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
        <translation>Military officer ID</translation>
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
        <translation>Unified social credit code</translation>
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
        <translation>Holder's ID no.</translation>
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
        <translation>18-character ID no. or unified social credit code</translation>
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
        <translation>Holder's name</translation>
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
        <translation>A person: the name on the ID; a company: the name on the business licence.</translation>
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
        <translation>Contact mobile</translation>
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
        <translation>11-digit mobile number</translation>
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
        <translation>Legal representative's name</translation>
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
        <translation>Legal representative's ID no.</translation>
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
        <translation>Handled by an agent</translation>
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
        <translation>Agent's name</translation>
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
        <translation>Agent's ID no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>争议内容</source>
        <extracomment>page title</extracomment>
        <translation>Dispute details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>记录客户有异议的电费月份和具体内容。</source>
        <extracomment>page intro</extracomment>
        <translation>Record the billing month the customer disputes and what exactly is disputed.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>争议类型</source>
        <extracomment>field label</extracomment>
        <translation>Type of dispute</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>抄表示数有误</source>
        <extracomment>choice</extracomment>
        <translation>Wrong meter reading</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>电费金额有误</source>
        <extracomment>choice</extracomment>
        <translation>Wrong bill amount</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <location filename="../resources/workflows/meter_test.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <location filename="../resources/complaints.toml"/>
        <source>其他</source>
        <extracomment>choice, complaint channel, complaint category</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>争议电费年月</source>
        <extracomment>field label</extracomment>
        <translation>Disputed billing month</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>例如：2026年11月</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. November 2026</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>争议说明</source>
        <extracomment>field label</extracomment>
        <translation>Description of the dispute</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>例如：电表现场示数为12345，账单抄见示数为12845</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. the meter shows 12345, the bill says 12845</translation>
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
        <translation>Documents</translation>
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
        <translation>Check each original document and tick it once received.</translation>
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
        <translation>Inform and confirm</translation>
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
        <translation>Tell the customer the following, check the details, then click "Accept".</translation>
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
        <translation>Holder's valid ID</translation>
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
        <translation>One ID is enough: a person's valid ID will do</translation>
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
        <translation>Business licence (unified social credit code certificate)</translation>
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
        <translation>Legal representative's ID card</translation>
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
        <translation>If the legal representative is absent, a copy stamped with the company seal</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>有争议的电费通知单或缴费凭证</source>
        <extracomment>document</extracomment>
        <translation>The disputed bill or payment voucher</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>客户持有时提供</source>
        <extracomment>document note</extracomment>
        <translation>If the customer has it</translation>
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
        <translation>Agent's valid ID</translation>
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
        <translation>Letter of authorisation</translation>
    </message>
    <message>
        <location filename="../resources/workflows/billing_dispute.toml"/>
        <source>您好，您户号{account_no}关于{bill_month}的{business}已受理。我们将在{time_limit_days}个工作日内核查并答复，预计{promised_date}前答复。
核查期间电费仍应按期交纳，核查确认有误的将予以退补。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} about {bill_month} for account {account_no} has been accepted. We will check it and reply within {time_limit_days} working days, by {promised_date}.
Please keep paying your bills on time meanwhile; any error found will be refunded or charged. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>增容</source>
        <extracomment>business name</extracomment>
        <translation>Capacity increase</translation>
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
        <translation>Supply plan reply</translation>
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
        <translation>Meter installation and connection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>增容信息</source>
        <extracomment>page title</extracomment>
        <translation>Capacity increase details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>填写增容后的总容量（不是增加的部分）。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the total capacity after the increase (not the added part).</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>增容后总容量</source>
        <extracomment>field label</extracomment>
        <translation>Total capacity after increase</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>增容原因</source>
        <extracomment>field label</extracomment>
        <translation>Reason for increase</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>例如：新增生产设备</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. new production equipment</translation>
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
        <translation>One ID is enough: the holder's valid ID for a person, the business licence for a company. Check each original and tick it when received.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>新增用电设备清单</source>
        <extracomment>document</extracomment>
        <translation>List of new electrical equipment</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>新增设备较多时提供</source>
        <extracomment>document note</extracomment>
        <translation>When much equipment is added</translation>
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
        <translation>A company's letter of authorisation must bear its seal</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_increase.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，增容后总容量为{capacity_kw}kW。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电；如需您方实施受电工程，施工期间不计入供电公司办理时间。
客户经理会与您联系现场勘查，请保持电话畅通。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted; the total capacity after the increase will be {capacity_kw} kW.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, with the meter connected by {promised_date}; if you need to build your own receiving works, the construction time is not counted in ours.
Your account manager will contact you for a site survey; please keep your phone on. For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容</source>
        <extracomment>business name</extracomment>
        <translation>Capacity reduction</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>现场加封</source>
        <extracomment>step</extracomment>
        <translation>On-site sealing</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容信息</source>
        <extracomment>page title</extracomment>
        <translation>Capacity reduction details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容须整台或整组变压器停止使用或更换为小容量变压器。须提前5个工作日申请；临时减容期限6个月至2年（首末日均计入），永久减容不填末日。</source>
        <extracomment>page intro</extracomment>
        <translation>A reduction takes whole transformers (or sets) out of use, or replaces them with smaller ones. Apply 5 working days in advance; a temporary reduction lasts 6 months to 2 years (first and last day both counted); a permanent one has no last day.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容后容量</source>
        <extracomment>field label</extracomment>
        <translation>Capacity after reduction</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容类型</source>
        <extracomment>field label</extracomment>
        <translation>Type of reduction</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>永久减容没有期限，以后需要恢复容量的按增容办理。</source>
        <extracomment>field hint</extracomment>
        <translation>A permanent reduction has no end; restoring the capacity later is handled as a capacity increase.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>临时（6个月至2年）</source>
        <extracomment>choice</extracomment>
        <translation>Temporary (6 months to 2 years)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>永久</source>
        <extracomment>choice</extracomment>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容首日</source>
        <extracomment>field label</extracomment>
        <translation>First day of the reduction</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容末日（含当日）</source>
        <extracomment>field label</extracomment>
        <translation>Last day of the reduction (included)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction.toml"/>
        <source>减容期的最后一天，当日计入减容期。</source>
        <extracomment>field hint</extracomment>
        <translation>The last day of the reduction; that day is part of it.</translation>
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
        <translation>Hello, your {business} application for account {account_no} has been accepted: capacity {capacity_kw} kW after the reduction, type {reduction_type}, from {start_date}.
The reduction runs from {start_date} to {end_date}, both days included.
We will finish within {time_limit_days} working days ({steps}) and seal the equipment on site by {promised_date}; please keep your phone on.
To restore before the last day {end_date}, come to the hall 5 working days in advance; after the period ends, restoring is handled as a new connection or a capacity increase.
After a permanent reduction, restoring the capacity is handled as a capacity increase.
For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>减容恢复</source>
        <extracomment>business name</extracomment>
        <translation>Capacity reduction restore</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>现场启封</source>
        <extracomment>step</extracomment>
        <translation>On-site unsealing</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>恢复信息</source>
        <extracomment>page title</extracomment>
        <translation>Restore details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>只能在临时减容期限内办理恢复，须在预定恢复日前5个工作日申请；减容期满后或永久减容后再恢复的，按新装或增容办理。</source>
        <extracomment>page intro</extracomment>
        <translation>Restoring is possible only within a temporary reduction period, applying 5 working days before the restore day; after the period, or after a permanent reduction, it is handled as a new connection or a capacity increase.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>恢复后容量</source>
        <extracomment>field label</extracomment>
        <translation>Capacity after restore</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>恢复容量首日</source>
        <extracomment>field label</extracomment>
        <translation>First day at the restored capacity</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>从这一天起按恢复后的容量用电。</source>
        <extracomment>field hint</extracomment>
        <translation>From this day on, the restored capacity is in use.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/capacity_reduction_restore.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，恢复后容量为{capacity_kw}kW，自{restore_date}起按恢复后的容量用电。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场启封，请保持电话畅通。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted: capacity {capacity_kw} kW after the restore, in use from {restore_date}.
We will finish within {time_limit_days} working days ({steps}) and unseal the equipment on site by {promised_date}; please keep your phone on.
For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>改类</source>
        <extracomment>business name</extracomment>
        <translation>Tariff category change</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>现场核查</source>
        <extracomment>step</extracomment>
        <translation>On-site check</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/rename.toml"/>
        <source>变更归档</source>
        <extracomment>step</extracomment>
        <translation>Change filed</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>改类信息</source>
        <extracomment>page title</extracomment>
        <translation>Category change details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>同一受电装置内用电性质改变、引起电价类别改变时办理改类。</source>
        <extracomment>page intro</extracomment>
        <translation>Change the category when the use of the same installation changes and so does its tariff category.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>新用电类别</source>
        <extracomment>field label</extracomment>
        <translation>New usage category</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>居民生活用电</source>
        <extracomment>choice</extracomment>
        <translation>Residential</translation>
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
        <translation>Commercial and industrial</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>农业生产用电</source>
        <extracomment>choice</extracomment>
        <translation>Agricultural production</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>用电性质变化说明</source>
        <extracomment>field label</extracomment>
        <translation>How the use has changed</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>例如：住宅改为商铺经营</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. a home turned into a shop</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>用电性质变化证明（如营业执照经营范围、房屋用途证明）</source>
        <extracomment>document</extracomment>
        <translation>Proof of the change of use (e.g. business scope on the licence, proof of property use)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/category_change.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，申请改为“{new_category}”。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结；办结后按新的用电类别计收电费。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted, changing to "{new_category}".
The steps are: {steps}. We promise to finish within {time_limit_days} working days, by {promised_date}; from then on you are billed under the new category.
For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>销户</source>
        <extracomment>business name</extracomment>
        <translation>Close account</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>抄表拆表</source>
        <extracomment>step</extracomment>
        <translation>Final reading and meter removal</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>结算销户</source>
        <extracomment>step</extracomment>
        <translation>Final settlement and closure</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>销户信息</source>
        <extracomment>page title</extracomment>
        <translation>Account closure details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>销户须停止全部用电、结清全部电费，抄表并拆除计量装置后退还保证金或预存电费余额。</source>
        <extracomment>page intro</extracomment>
        <translation>To close an account, all supply stops and all bills are paid; after the final reading and meter removal, any deposit or prepaid balance is refunded.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>余额退还方式</source>
        <extracomment>field label</extracomment>
        <translation>Refund method</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>无需退还</source>
        <extracomment>choice</extracomment>
        <translation>No refund needed</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>退至原缴费账户</source>
        <extracomment>choice</extracomment>
        <translation>To the original payment account</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>银行转账</source>
        <extracomment>choice</extracomment>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <location filename="../resources/training/exercises.toml"/>
        <source>现金</source>
        <extracomment>choice, check expected value</extracomment>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>收款银行及账号</source>
        <extracomment>field label</extracomment>
        <translation>Bank and account no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>开户银行、户名、账号</source>
        <extracomment>placeholder</extracomment>
        <translation>Bank, account name, account no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>电费结清凭证</source>
        <extracomment>document</extracomment>
        <translation>Proof of bills paid</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>也可在本厅当场查询确认无欠费</source>
        <extracomment>document note</extracomment>
        <translation>Or check here at the counter that there are no arrears</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>电能表拆除确认单</source>
        <extracomment>document</extracomment>
        <translation>Meter removal confirmation</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>拆表后由装表人员出具，归档时附上</source>
        <extracomment>document note</extracomment>
        <translation>Issued by the meter team after removal; attach when filing</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>保证金或预存电费收据</source>
        <extracomment>document</extracomment>
        <translation>Deposit or prepayment receipt</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>有余额需要退还时提供</source>
        <extracomment>document note</extracomment>
        <translation>When a balance is to be refunded</translation>
    </message>
    <message>
        <location filename="../resources/workflows/close_account.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结。工作人员会到现场抄表并拆除电能表，请保持电话畅通并安排人员配合。
结算后如有保证金或预存电费余额，将按您选择的方式退还。销户后如需再用电，须按新装办理。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, by {promised_date}. Our staff will take the final reading and remove the meter on site; please keep your phone on and have someone there.
After settlement, any deposit or prepaid balance is refunded the way you chose. To use electricity again later, apply for a new connection. For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>经营性充换电站报装</source>
        <extracomment>business name</extracomment>
        <translation>Commercial charging or battery-swap station connection</translation>
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
        <translation>Customer identity</translation>
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
        <translation>A person shows a valid ID; a company shows its business licence (unified social credit code certificate) and gives its legal representative. Driving licences, work IDs and student cards are not accepted.</translation>
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
        <translation>Customer ID type</translation>
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
        <translation>Customer ID no.</translation>
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
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>充换电站信息</source>
        <extracomment>page title</extracomment>
        <translation>Station details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>按场地产权证明或租赁合同上的地址填写用电地址，精确到门牌号。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the supply address as on the site ownership certificate or lease, down to the street number.</translation>
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
        <translation>Supply address</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>省市区（县）、街道（乡镇）、道路、门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>Province, city, district (county), street (town), road, number</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>设施类型</source>
        <extracomment>field label</extracomment>
        <translation>Facility type</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>充电站</source>
        <extracomment>choice</extracomment>
        <translation>Charging station</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>换电站</source>
        <extracomment>choice</extracomment>
        <translation>Battery-swap station</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>充换电站</source>
        <extracomment>choice</extracomment>
        <translation>Charging and battery-swap station</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>充电桩数量</source>
        <extracomment>field label</extracomment>
        <translation>Number of chargers</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>台</source>
        <extracomment>unit</extracomment>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>申请容量</source>
        <extracomment>field label</extracomment>
        <translation>Requested capacity</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>超过低压供电容量上限时按高压新装办理。</source>
        <extracomment>field hint</extracomment>
        <translation>Above the low-voltage capacity limit, apply for a high-voltage new connection.</translation>
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
        <translation>Usage category</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>场地为租用（需租赁合同）</source>
        <extracomment>field label</extracomment>
        <translation>The site is leased (lease contract needed)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>一证办电：个人凭有效身份证件、单位凭营业执照即可受理。请逐项核对原件，收到后勾选。</source>
        <extracomment>page intro</extracomment>
        <translation>One ID is enough: a valid ID for a person, the business licence for a company. Check each original and tick it when received.</translation>
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
        <translation>Customer's valid ID</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>场地产权证明</source>
        <extracomment>document</extracomment>
        <translation>Site ownership certificate</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>场地租赁合同</source>
        <extracomment>document</extracomment>
        <translation>Site lease contract</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>申请容量超过160kW，低压供电不能满足，请按高压新装办理</source>
        <extracomment>rule message</extracomment>
        <translation>The requested capacity exceeds 160 kW, more than low voltage can supply: apply for a high-voltage new connection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_charging_station.toml"/>
        <source>您好，您的{business}申请已受理，申请容量{capacity_kw}kW。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
客户经理会尽快到现场勘查并答复供电方案，请保持电话畅通；如需您方实施受电工程，施工期间不计入供电公司办理时间。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for {capacity_kw} kW has been accepted. The steps are: {steps}. We promise to finish within {time_limit_days} working days, with the meter installed and connected by {promised_date}.
Your account manager will survey the site and reply with the supply plan soon; please keep your phone on. Time for any works on your side is not counted in the supplier's time.
For questions call 95598, or bring this slip to the service hall to check progress.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>居民自用充电桩报装</source>
        <extracomment>business name</extracomment>
        <translation>Home EV charging pile connection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>请客户出示有效身份证件。驾驶证、工作证、学生证不能作为办电证件。</source>
        <extracomment>page intro</extracomment>
        <translation>Ask the customer for a valid ID. Driving licences, work IDs and student cards are not accepted.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>证件类型</source>
        <extracomment>field label</extracomment>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>证件号码</source>
        <extracomment>field label</extracomment>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>18位身份证号码</source>
        <extracomment>placeholder</extracomment>
        <translation>18-character ID no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>客户姓名</source>
        <extracomment>field label</extracomment>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>手机号码</source>
        <extracomment>field label</extracomment>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>代理人代办</source>
        <extracomment>field label</extracomment>
        <translation>Handled by an agent</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>车位与容量</source>
        <extracomment>page title</extracomment>
        <translation>Parking space and power</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>充电桩须安装在客户自有或长期租用的固定车位。</source>
        <extracomment>page intro</extracomment>
        <translation>The charging pile must be installed at a fixed parking space the customer owns or rents long-term.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>车位所在地址</source>
        <extracomment>field label</extracomment>
        <translation>Parking space address</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>小区名称、楼栋或停车场、车位编号</source>
        <extracomment>placeholder</extracomment>
        <translation>Residential compound, building or car park, space number</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>车位性质</source>
        <extracomment>field label</extracomment>
        <translation>Parking space tenure</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>自有产权车位</source>
        <extracomment>choice</extracomment>
        <translation>Owned parking space</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>租赁车位</source>
        <extracomment>choice</extracomment>
        <translation>Rented parking space</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>充电桩功率</source>
        <extracomment>field label</extracomment>
        <translation>Charging pile power</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>交流桩常见为7kW（单相220V）。</source>
        <extracomment>field hint</extracomment>
        <translation>AC piles are usually 7 kW (single-phase 220 V).</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>供电方式</source>
        <extracomment>field label</extracomment>
        <translation>Supply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>单相220V</source>
        <extracomment>choice</extracomment>
        <translation>Single-phase 220V</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>三相380V</source>
        <extracomment>choice</extracomment>
        <translation>Three-phase 380V</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>小区物业要求出具同意安装证明</source>
        <extracomment>field label</extracomment>
        <translation>The property management requires its written consent</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>申请人有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>Applicant's valid ID</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>车位产权证明或车位租赁合同</source>
        <extracomment>document</extracomment>
        <translation>Parking space ownership certificate or lease</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>物业服务企业同意安装证明</source>
        <extracomment>document</extracomment>
        <translation>Property management's written consent to the installation</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>小区物业有要求时提供</source>
        <extracomment>document note</extracomment>
        <translation>When the property management requires it</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>充电桩功率超过21kW，不按居民自用充电桩受理，请按低压非居民新装办理</source>
        <extracomment>rule message</extracomment>
        <translation>A charging pile above 21 kW is not a home pile: apply for a low-voltage non-residential new connection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/ev_home_charger.toml"/>
        <source>您好，您的{business}申请已受理，申请容量{capacity_kw}kW。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
充电桩及表后线路由您自行委托有资质的单位安装，请保持电话畅通，装表时工作人员会与您联系。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for {capacity_kw} kW has been accepted. The steps are: {steps}. We promise to finish within {time_limit_days} working days, with the meter installed and connected by {promised_date}.
Please have the pile and the wiring after the meter installed by a qualified contractor of your choice, and keep your phone on: our staff will call you before installing the meter.
For questions call 95598, or bring this slip to the service hall to check progress.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <source>高压新装（双电源）</source>
        <extracomment>business name</extracomment>
        <translation>High-voltage new connection (dual supply)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>设计审核</source>
        <extracomment>step</extracomment>
        <translation>Design review</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>中间检查</source>
        <extracomment>step</extracomment>
        <translation>Interim inspection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>竣工检验</source>
        <extracomment>step</extracomment>
        <translation>Completion inspection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>归档</source>
        <extracomment>step</extracomment>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>用电地址与容量</source>
        <extracomment>page title</extracomment>
        <translation>Supply address and capacity</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>按营业执照或产权证明上的地址填写用电地址；容量按拟装受电变压器总容量填写。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the supply address as on the business licence or property proof; the capacity is the total of the transformers to be installed.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>省市区（县）、街道（乡镇）、园区（村）、门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>Province, city, district (county), street (town), park (village), number</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>申请容量（受电变压器总容量）</source>
        <extracomment>field label</extracomment>
        <translation>Requested capacity (total transformer capacity)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>供电电压</source>
        <extracomment>field label</extracomment>
        <translation>Supply voltage</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>以供电方案答复确定的电压为准，此处登记客户意向。</source>
        <extracomment>field hint</extracomment>
        <translation>The supply plan reply decides the voltage; record the customer's preference here.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <source>双电源需求说明</source>
        <extracomment>field label</extracomment>
        <translation>Why dual supply is needed</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <source>例如：医院手术室、数据中心等重要负荷，中断供电将造成的影响</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. critical loads such as operating theatres or data centres, and the impact of an outage</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>一证办电：单位凭营业执照即可受理，其他资料可容缺后补。请逐项核对原件，收到后勾选。</source>
        <extracomment>page intro</extracomment>
        <translation>One ID is enough: a company's business licence will do; other documents may follow later. Check each original and tick it when received.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>用电地址产权证明（或租赁合同及产权证明）</source>
        <extracomment>document</extracomment>
        <translation>Property proof for the supply address (or lease and property proof)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>主要用电设备清单</source>
        <extracomment>document</extracomment>
        <translation>List of main electrical equipment</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>可在供电方案答复前补交</source>
        <extracomment>document note</extracomment>
        <translation>May be handed in before the supply plan reply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>项目核准（备案）文件</source>
        <extracomment>document</extracomment>
        <translation>Project approval (filing) documents</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>政府核准或备案的项目提供</source>
        <extracomment>document note</extracomment>
        <translation>For projects approved or filed by the government</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <source>重要负荷（双电源）需求说明及负荷清单</source>
        <extracomment>document</extracomment>
        <translation>Critical load (dual supply) statement and load list</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_dual.toml"/>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>您好，您的{business}申请已受理。办理环节为：{steps}。
供电公司的办理时间合计不超过{time_limit_days}个工作日，按今天受理计算预计{promised_date}前完成装表接电；您方外部（受电）工程施工的时间不计入，施工期间完成日期相应顺延。
供电方案答复后，请委托有资质的单位设计施工：设计完成后报我们审核，隐蔽工程施工时申请中间检查，工程完工后申请竣工检验。
客户经理会与您保持联系，如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application has been accepted. The steps are: {steps}.
Our own work takes no more than {time_limit_days} working days in total: counting from today, the meter is connected by {promised_date}. The time for your own (receiving) works is not counted, and the date moves back accordingly.
After the supply plan reply, please hire a qualified company to design and build: send us the design for review, apply for the interim inspection during concealed works, and for the completion inspection when done.
Your account manager will stay in touch. For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/hv_new_single.toml"/>
        <source>高压新装（单电源）</source>
        <extracomment>business name</extracomment>
        <translation>High-voltage new connection (single supply)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <source>低压非居民新装（普通）</source>
        <extracomment>business name</extracomment>
        <translation>Low-voltage non-residential new connection (standard)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>按营业执照或房产证明上的地址填写用电地址，精确到门牌号。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the supply address as on the business licence or property proof, down to the door number.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>省市区（县）、街道（乡镇）、小区（村）、门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>Province, city, district (county), street (town), estate (village), number</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <source>低压供电的容量上限按省公司规定，超过时按高压新装办理。</source>
        <extracomment>field hint</extracomment>
        <translation>The provincial company sets the low-voltage capacity limit; above it, apply for a high-voltage connection.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>用电地址产权不清晰（需提供产权证明或租赁合同）</source>
        <extracomment>field label</extracomment>
        <translation>Ownership of the address unclear (property proof or lease needed)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>用电地址产权证明（或租赁合同）</source>
        <extracomment>document</extracomment>
        <translation>Property proof for the supply address (or lease)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>仅在产权不清晰时需要</source>
        <extracomment>document note</extracomment>
        <translation>Only when ownership is unclear</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new.toml"/>
        <source>您好，您的{business}申请已受理。办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
客户经理会尽快到现场勘查并答复供电方案，请保持电话畅通；如需您方实施受电工程，施工期间不计入供电公司办理时间。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application has been accepted. The steps are: {steps}. We promise to finish within {time_limit_days} working days, with the meter connected by {promised_date}.
Your account manager will survey the site soon and reply with the supply plan; please keep your phone on. If you need to build your own receiving works, the construction time is not counted in ours.
For any questions, call 95598, or bring your slip to the hall to check progress.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>低压非居民新装（“三零”服务）</source>
        <extracomment>business name</extracomment>
        <translation>Low-voltage non-residential new connection ("Three Zeros")</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>“三零”服务适用于160kW及以下的小微企业；超过时请办理低压非居民新装（普通）或高压新装。</source>
        <extracomment>field hint</extracomment>
        <translation>"Three Zeros" is for small businesses of 160 kW or less; above that, apply for a standard low-voltage non-residential or a high-voltage connection.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>申请容量超过160kW，不适用“三零”服务，请改为办理“低压非居民新装（普通）”，容量较大时按高压新装办理。</source>
        <extracomment>rule message</extracomment>
        <translation>Over 160 kW, "Three Zeros" does not apply: use "Low-voltage non-residential new connection (standard)", or a high-voltage connection for larger capacities.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_nonresidential_new_sanling.toml"/>
        <source>您好，您的{business}申请已受理。您享受“三零”服务：零上门、零审批、零投资，电能表及以前的供电设施由供电公司投资建设。
我们承诺在{time_limit_days}个工作日内完成全部流程（{steps}），预计{promised_date}前完成装表接电。如需新建外部线路，完成时间会相应延长，客户经理会提前与您联系说明。
装表前工作人员会通过您留下的手机号码与您联系，请保持电话畅通，并确保用电地址处有人配合。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application has been accepted. You get the "Three Zeros" service: no visits, no approvals, no investment; we build the supply up to and including the meter.
We promise to finish the whole process within {time_limit_days} working days ({steps}), with the meter connected by {promised_date}. If new external lines are needed it takes longer, and your account manager will tell you in advance.
Before installing the meter our staff will call the mobile number you gave; please keep your phone on and have someone at the supply address.
For any questions, call 95598, or bring your slip to the hall to check progress.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>低压居民新装</source>
        <extracomment>business name</extracomment>
        <translation>Low-voltage residential new connection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>按房产所在地址填写用电地址，精确到门牌号。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the address of the property, down to the door number.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>房屋产权不清晰（需提供产权证明）</source>
        <extracomment>field label</extracomment>
        <translation>Ownership of the home unclear (property proof needed)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>一证办电：居民身份证即可受理。请逐项核对原件，收到后勾选。</source>
        <extracomment>page intro</extracomment>
        <translation>One ID is enough: a resident ID card will do. Check each original and tick it when received.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>房屋产权证明（或购房合同）</source>
        <extracomment>document</extracomment>
        <translation>Property certificate (or purchase contract)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>代理人有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>Agent's valid ID</translation>
    </message>
    <message>
        <location filename="../resources/workflows/lv_residential_new.toml"/>
        <source>您好，您的{business}申请已受理。我们承诺在{time_limit_days}个工作日内完成全部流程（{steps}），预计{promised_date}前完成装表接电。
装表前工作人员会通过您留下的手机号码与您联系，请保持电话畅通，并确保用电地址处有人配合。
如有疑问可拨打95598，或持回执到营业厅查询办理进度。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application has been accepted. We promise to finish the whole process within {time_limit_days} working days ({steps}), with the meter connected by {promised_date}.
Before installing the meter our staff will call the mobile number you gave; please keep your phone on and have someone at the supply address.
For any questions, call 95598, or bring your slip to the hall to check progress.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>并户</source>
        <extracomment>business name</extracomment>
        <translation>Account merger</translation>
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
        <translation>Site survey</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>拆表并户</source>
        <extracomment>step</extracomment>
        <translation>Meter removal and merger</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>并户信息</source>
        <extracomment>page title</extracomment>
        <translation>Merger details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>只有同一供电点、同一用电地址的相邻用户可以并户；各户须先结清欠费。</source>
        <extracomment>page intro</extracomment>
        <translation>Only neighbouring accounts at the same supply point and address can merge; each must first pay its arrears.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>被并户户号</source>
        <extracomment>field label</extracomment>
        <translation>Account no. to merge in</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>被并户户主的有效证件及同意并户的书面说明</source>
        <extracomment>document</extracomment>
        <translation>Valid ID of the other account's holder and their written consent to merge</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>被并户户号的电费结清凭证</source>
        <extracomment>document</extracomment>
        <translation>Proof of bills paid for the other account</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>被并户户号无欠费时可当场查询确认</source>
        <extracomment>document note</extracomment>
        <translation>Or check here at the counter that it has no arrears</translation>
    </message>
    <message>
        <location filename="../resources/workflows/merge.toml"/>
        <source>您好，您户号{account_no}与户号{other_account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前办结；并户后保留户号{account_no}，容量不超过原各户容量之和。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for accounts {account_no} and {other_account_no} has been accepted.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, by {promised_date}; account {account_no} is kept, with a capacity no greater than the two combined.
For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表</source>
        <extracomment>business name</extracomment>
        <translation>Meter relocation</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表接电</source>
        <extracomment>step</extracomment>
        <translation>Meter relocation and connection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表信息</source>
        <extracomment>page title</extracomment>
        <translation>Meter relocation details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表须用电地址、用电容量、用电类别和供电点不变；移表费用由客户承担。</source>
        <extracomment>page intro</extracomment>
        <translation>The supply address, capacity, category and supply point stay the same; the customer pays for the move.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>新表位位置</source>
        <extracomment>field label</extracomment>
        <translation>New meter position</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>例如：一楼楼道东侧墙面</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. east wall of the ground-floor stairwell</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>移表原因</source>
        <extracomment>field label</extracomment>
        <translation>Reason for relocation</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_relocation.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成移表，移表期间可能短时停电，工作人员会提前与您联系。
移表所需费用由您承担，现场勘查后告知。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, moving the meter by {promised_date}; there may be a short outage, and our staff will contact you beforehand.
The cost of the move is yours; you will be told after the site survey. For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>电能表校验申请</source>
        <extracomment>business name</extracomment>
        <translation>Meter test request</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>校验并告知结果</source>
        <extracomment>step</extracomment>
        <translation>Test and report the result</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>校验原因</source>
        <extracomment>page title</extracomment>
        <translation>Reason for the test</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>记录客户认为电能表不准的情况，供校验人员参考。</source>
        <extracomment>page intro</extracomment>
        <translation>Record why the customer thinks the meter is inaccurate, for the testers.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>异常情况</source>
        <extracomment>field label</extracomment>
        <translation>What seems wrong</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>电量明显偏高</source>
        <extracomment>choice</extracomment>
        <translation>Consumption clearly too high</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>电能表走字异常</source>
        <extracomment>choice</extracomment>
        <translation>Meter runs abnormally</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>电能表显示或外观异常</source>
        <extracomment>choice</extracomment>
        <translation>Meter display or casing abnormal</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>情况说明</source>
        <extracomment>field label</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>例如：近两个月电量比去年同期高一倍，用电设备未增加</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. the last two months used twice as much as a year ago with no new appliances</translation>
    </message>
    <message>
        <location filename="../resources/workflows/meter_test.toml"/>
        <source>您好，您户号{account_no}的{business}已受理。我们将在{time_limit_days}个工作日内完成校验并告知结果，预计{promised_date}前答复。
校验期间电费仍应按期交纳，校验结果确认后再行退补。如对校验结果有异议，可向上级计量检定机构申请检定。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} for account {account_no} has been accepted. We will test the meter and tell you the result within {time_limit_days} working days, by {promised_date}.
Please keep paying your bills on time meanwhile; any refund or extra charge follows once the result is confirmed. If you disagree with the result, you may ask a higher metrology verification body to test the meter.
For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>一户多人口阶梯电量调整</source>
        <extracomment>business name</extracomment>
        <translation>Tier threshold raise for large households</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>资料审核</source>
        <extracomment>step</extracomment>
        <translation>Document review</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>驾驶证、工作证、学生证不能作为办电证件。</source>
        <extracomment>field hint</extracomment>
        <translation>A driving licence, work ID or student card is not accepted.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>户主姓名</source>
        <extracomment>field label</extracomment>
        <translation>Account holder's name</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>户籍人口</source>
        <extracomment>page title</extracomment>
        <translation>Registered household members</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>按户口簿登记的在册人口填写；同一户口簿只能对应一个户号享受调整。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the members registered in the household register; one household register qualifies one account only.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>户籍人口数</source>
        <extracomment>field label</extracomment>
        <translation>Registered household members</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>人</source>
        <extracomment>unit</extracomment>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>调整标准</source>
        <extracomment>field label</extracomment>
        <translation>Raise</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>每户每月增加100千瓦时阶梯电量基数（示例，以本省规定为准）</source>
        <extracomment>choice</extracomment>
        <translation>Tier thresholds raised by 100 kWh per household per month (example; the province's rule applies)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>户口簿（首页及全部成员页）</source>
        <extracomment>document</extracomment>
        <translation>Household register (front page and every member's page)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>户籍人口须为5人及以上才能办理一户多人口阶梯电量调整</source>
        <extracomment>rule message</extracomment>
        <translation>The tier threshold raise needs 5 or more registered household members</translation>
    </message>
    <message>
        <location filename="../resources/workflows/multi_person_household.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，登记户籍人口{persons}人，调整标准：{tier_raise}。
我们将在{time_limit_days}个工作日内完成审核，预计{promised_date}前办结，审核通过后自下一抄表周期起执行。
户籍人口减少时请及时到营业厅办理变更。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted: {persons} registered members; raise: {tier_raise}.
We will finish the review within {time_limit_days} working days, by {promised_date}; once approved it applies from the next meter-reading cycle.
If the number of registered members falls, please tell the service hall. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>分布式光伏并网（非自然人）</source>
        <extracomment>business name</extracomment>
        <translation>Distributed PV grid connection (business)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>接入方案答复</source>
        <extracomment>step</extracomment>
        <translation>Connection plan reply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>计量装置安装及合同签订</source>
        <extracomment>step</extracomment>
        <translation>Metering installation and contracts</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>并网验收及调试</source>
        <extracomment>step</extracomment>
        <translation>Grid connection acceptance and commissioning</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>光伏项目信息</source>
        <extracomment>page title</extracomment>
        <translation>PV project details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>按场地产权证明或租赁合同上的地址填写安装地址。接入电压由现场勘查和接入方案最终核定。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the installation address as on the site ownership certificate or lease. The connection voltage is settled by the site survey and the connection plan.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>项目安装地址</source>
        <extracomment>field label</extracomment>
        <translation>Installation address</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>省市区（县）、街道（乡镇）、园区、门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>Province, city, district (county), street (town), industrial park, number</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>项目类型</source>
        <extracomment>field label</extracomment>
        <translation>Project type</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>非自然人户用</source>
        <extracomment>choice</extracomment>
        <translation>Non-natural-person household</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>一般工商业</source>
        <extracomment>choice</extracomment>
        <translation>General commercial and industrial</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>装机容量</source>
        <extracomment>field label</extracomment>
        <translation>Installed capacity</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>接入电压</source>
        <extracomment>field label</extracomment>
        <translation>Connection voltage</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>消纳模式</source>
        <extracomment>field label</extracomment>
        <translation>Consumption mode</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>一般工商业项目可选全部自用或自发自用、余电上网。</source>
        <extracomment>field hint</extracomment>
        <translation>General commercial and industrial projects may choose full self-consumption or self-consumption with surplus to the grid.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>自发自用、余电上网</source>
        <extracomment>choice</extracomment>
        <translation>Self-consumption, surplus to the grid</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>全部自用</source>
        <extracomment>choice</extracomment>
        <translation>Full self-consumption</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>全额上网</source>
        <extracomment>choice</extracomment>
        <translation>All to the grid</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>现有用电户号</source>
        <extracomment>field label</extracomment>
        <translation>Existing consumption account</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>自发自用时填写，10至16位数字</source>
        <extracomment>placeholder</extracomment>
        <translation>For self-consumption; 10 to 16 digits</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>屋顶或场地为租用（需租赁协议）</source>
        <extracomment>field label</extracomment>
        <translation>The roof or site is leased (lease needed)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>屋顶或场地产权证明</source>
        <extracomment>document</extracomment>
        <translation>Roof or site ownership certificate</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>屋顶或场地租赁协议</source>
        <extracomment>document</extracomment>
        <translation>Roof or site lease</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>项目备案文件</source>
        <extracomment>document</extracomment>
        <translation>Project filing documents</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>已备案时提供；备案要求以当地能源主管部门为准</source>
        <extracomment>document note</extracomment>
        <translation>If already filed; the local energy authority's filing rules apply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <source>装机容量超过6000kWp（6兆瓦），不在营业厅受理范围，请联系客户经理办理</source>
        <extracomment>rule message</extracomment>
        <translation>Installed capacity above 6000 kWp (6 MW) is not handled at the counter: please contact an account manager</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_business.toml"/>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>您好，您的{business}申请已受理。办理环节为：{steps}。
供电公司各环节合计{time_limit_days}个工作日（不含您方设计、施工时间），按此计算预计{promised_date}前完成并网；光伏工程竣工后请及时申请并网验收。
客户经理会与您联系到现场勘查并答复接入方案，请保持电话畅通。接入方案答复前请勿开工。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application has been accepted. The steps are: {steps}.
The grid company's steps take {time_limit_days} working days in all (your design and construction time not included), which gives grid connection by {promised_date}; once the PV installation is built, please apply for grid connection acceptance promptly.
Your account manager will contact you to survey the site and reply with the connection plan; please keep your phone on and do not start work before the plan is given. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>分布式光伏并网（自然人户用）</source>
        <extracomment>business name</extracomment>
        <translation>Distributed PV grid connection (household)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>按房屋产权证明上的地址填写安装地址。接入电压按装机容量确定，由现场勘查最终核定。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the installation address as on the property certificate. The connection voltage follows the installed capacity and is settled by the site survey.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>小容量单相接入220V，其余接入380V；以接入方案为准。</source>
        <extracomment>field hint</extracomment>
        <translation>Small single-phase systems connect at 220 V, others at 380 V; the connection plan decides.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>屋顶为多户共有（需其他产权人同意）</source>
        <extracomment>field label</extracomment>
        <translation>The roof is shared by several owners (their consent needed)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>房屋产权证明（或乡镇、村委会出具的房屋使用证明）</source>
        <extracomment>document</extracomment>
        <translation>Property certificate (or a proof of use of the house from the township or village committee)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>屋顶其他产权人同意安装的书面证明</source>
        <extracomment>document</extracomment>
        <translation>Written consent of the roof's other owners</translation>
    </message>
    <message>
        <location filename="../resources/workflows/pv_household.toml"/>
        <source>装机容量超过50kWp，不按自然人户用受理，请按非自然人分布式光伏并网办理</source>
        <extracomment>rule message</extracomment>
        <translation>Installed capacity above 50 kWp is not a household installation: apply for a business distributed PV connection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reconnection.toml"/>
        <source>复电</source>
        <extracomment>business name</extracomment>
        <translation>Reconnection</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reconnection.toml"/>
        <source>现场复电</source>
        <extracomment>step</extracomment>
        <translation>Reconnect on site</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reconnection.toml"/>
        <source>复电须先结清欠费。请客户提供户号（电费通知单、缴费卡或“网上国网”可查），并出示户主的有效证件。变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理。</source>
        <extracomment>page intro</extracomment>
        <translation>Reconnection needs the arrears paid first. Ask the customer for the account no. (on the bill, the payment card or the State Grid app) and the holder's valid ID. Changes are made by the holder in person, or by a proxy with the holder's ID and a letter of authorisation.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reconnection.toml"/>
        <source>您好，您户号{account_no}的欠费已结清，{business}已登记。
我们将在24小时内恢复供电（{steps}），请保持电话畅通；恢复供电前请关闭家中电器开关。
如超过时限仍未恢复供电，请拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, the arrears of your account {account_no} are paid and your {business} is registered.
We will restore your power within 24 hours ({steps}); please keep your phone on, and switch off your appliances until the power is back.
If the power is not back in time, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>复装</source>
        <extracomment>business name</extracomment>
        <translation>Meter reinstallation</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>复装接电</source>
        <extracomment>step</extracomment>
        <translation>Reinstall meter and reconnect</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>复装信息</source>
        <extracomment>page title</extracomment>
        <translation>Reinstallation details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>暂拆超过6个月要求复装的，按新装办理。</source>
        <extracomment>page intro</extracomment>
        <translation>A reinstallation asked for more than 6 months after the temporary removal is handled as a new connection.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>希望复装日期</source>
        <extracomment>field label</extracomment>
        <translation>Preferred reinstallation date</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>说明</source>
        <extracomment>field label</extracomment>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../resources/workflows/reinstallation.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）为您复装接电，请保持电话畅通。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted.
The steps are: {steps}. We will reinstall the meter and reconnect you within {time_limit_days} working days (expected by {promised_date}); please keep your phone on. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>迁址</source>
        <extracomment>business name</extracomment>
        <translation>Change of address</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>新址装表接电</source>
        <extracomment>step</extracomment>
        <translation>Meter and connect at the new address</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>迁址信息</source>
        <extracomment>page title</extracomment>
        <translation>Change-of-address details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>迁址须由户主申请，不得自行迁移；新址不在原供电点供电的按新装办理，新址容量超过原容量的超过部分按增容办理。</source>
        <extracomment>page intro</extracomment>
        <translation>The account holder must apply; moving the supply without applying is not allowed. A new address fed from another supply point is a new connection; capacity above the original is handled as a capacity increase.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>新用电地址</source>
        <extracomment>field label</extracomment>
        <translation>New supply address</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>计划迁移日期</source>
        <extracomment>field label</extracomment>
        <translation>Planned moving date</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>迁址原因</source>
        <extracomment>field label</extracomment>
        <translation>Reason for moving</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>新址产权证明（或租赁合同及产权证明）</source>
        <extracomment>document</extracomment>
        <translation>Proof of ownership of the new address (or lease and proof of ownership)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/relocation.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，新用电地址为{new_address}，计划于{move_date}迁移。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前在新址装表接电。
原址在迁移后停止供电；新址不在原供电点供电的，按新装用电办理；新址用电容量超过原容量的，超过部分按增容办理。请勿自行迁移用电地址。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted; the new supply address is {new_address}, moving on {move_date}.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, with the meter connected at the new address by {promised_date}.
Supply at the old address stops after the move; a new address fed from another supply point is handled as a new connection; capacity above the original is handled as a capacity increase. Please do not move the supply yourself. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>更名</source>
        <extracomment>business name</extracomment>
        <translation>Account name change</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>更名信息</source>
        <extracomment>page title</extracomment>
        <translation>Name change details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>更名只改户名，用电地址、用电容量和用电类别均不变；户号须无欠费。</source>
        <extracomment>page intro</extracomment>
        <translation>Only the account name changes; address, capacity and category stay the same. The account must have no arrears.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>新户名</source>
        <extracomment>field label</extracomment>
        <translation>New account name</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>个人填写更名后证件上的姓名；单位填写变更后营业执照上的名称。</source>
        <extracomment>field hint</extracomment>
        <translation>A person: the new name on the ID; a company: the new name on the business licence.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>更名证明（单位：市场监管部门的名称变更登记通知书或新营业执照；个人：公安机关出具的更名证明）</source>
        <extracomment>document</extracomment>
        <translation>Proof of the name change (company: market regulator's change notice or new business licence; person: police certificate of the name change)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/rename.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，新户名为“{new_name}”。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前办结，办结后电费通知单和发票将使用新户名。
用电地址、容量和用电类别不变。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted; the new account name is "{new_name}".
We will finish within {time_limit_days} working days ({steps}), by {promised_date}; bills and invoices then carry the new name.
The address, capacity and category stay the same. For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分户</source>
        <extracomment>business name</extracomment>
        <translation>Account split</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分户信息</source>
        <extracomment>page title</extracomment>
        <translation>Split details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分户须用电地址、供电点和总容量不变，且受电装置具备分装条件；原户须先结清欠费。请分出户的户主出示有效证件。</source>
        <extracomment>page intro</extracomment>
        <translation>The address, supply point and total capacity stay the same, and the installation must allow separate metering; the original account first pays its arrears. Ask the new account's holder for a valid ID.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户用电地址</source>
        <extracomment>field label</extracomment>
        <translation>New account's supply address</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>精确到门牌号</source>
        <extracomment>placeholder</extracomment>
        <translation>Down to the door number</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户容量</source>
        <extracomment>field label</extracomment>
        <translation>New account's capacity</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主证件类型</source>
        <extracomment>field label</extracomment>
        <translation>New account holder's ID type</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主证件号码</source>
        <extracomment>field label</extracomment>
        <translation>New account holder's ID no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主名称</source>
        <extracomment>field label</extracomment>
        <translation>New account holder's name</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主联系手机</source>
        <extracomment>field label</extracomment>
        <translation>New account holder's mobile</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主法定代表人姓名</source>
        <extracomment>field label</extracomment>
        <translation>New account holder's legal representative</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主法定代表人身份证号码</source>
        <extracomment>field label</extracomment>
        <translation>New account holder's legal representative's ID no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>New account holder's valid ID</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主营业执照（统一社会信用代码证）</source>
        <extracomment>document</extracomment>
        <translation>New account holder's business licence (unified social credit code certificate)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户户主法定代表人身份证</source>
        <extracomment>document</extracomment>
        <translation>New account holder's legal representative's ID card</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分户协议（容量分割说明）</source>
        <extracomment>document</extracomment>
        <translation>Split agreement (how the capacity is divided)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>分出户容量应小于原户现有容量</source>
        <extracomment>rule message</extracomment>
        <translation>The new account's capacity must be less than the original account's current capacity</translation>
    </message>
    <message>
        <location filename="../resources/workflows/split.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，分出户容量为{new_capacity_kw}kW。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表。分出的新户与供电公司另行建立供用电关系，分户后如需增容请另行申请。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted; the new account's capacity is {new_capacity_kw} kW.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, installing the meter by {promised_date}. The new account has its own supply contract with us; for more capacity after the split, apply separately.
For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停</source>
        <extracomment>business name</extracomment>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停信息</source>
        <extracomment>page title</extracomment>
        <translation>Suspension details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停须提前5个工作日申请；每次不少于15天（首日、末日均计入）；每一日历年内最多2次，全年累计不超过6个月（按日历月计）。经批准的季节性用电不受年度次数和累计限制。</source>
        <extracomment>page intro</extracomment>
        <translation>Apply 5 working days in advance; each suspension at least 15 days (first and last day both counted); at most 2 a calendar year and 6 calendar months in total. Approved seasonal users are not held to the yearly limits.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停首日</source>
        <extracomment>field label</extracomment>
        <translation>First day of the suspension</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停生效的第一天（当日起停止用电）。</source>
        <extracomment>field hint</extracomment>
        <translation>The first day the suspension applies (no supply from that day).</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停末日（含当日）</source>
        <extracomment>field label</extracomment>
        <translation>Last day of the suspension (included)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停的最后一天，当日计入暂停期；次日恢复计收基本电费。</source>
        <extracomment>field hint</extracomment>
        <translation>The last day of the suspension; that day is part of it. The basic charge resumes the day after.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>季节性用电（经批准）</source>
        <extracomment>field label</extracomment>
        <translation>Seasonal use (approved)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>经批准的季节性用电户不受每年次数和累计6个月的限制（供电营业规则1996年第二十四条：累计暂停时间可以另议）。</source>
        <extracomment>field hint</extracomment>
        <translation>Approved seasonal users are not held to the yearly count or the 6 months in total (Electricity Supply Business Rules 1996, art. 24: the total may be agreed otherwise).</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>暂停原因</source>
        <extracomment>field label</extracomment>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>例如：季节性停产、设备检修</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. seasonal shutdown, equipment maintenance</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，暂停期限自{start_date}起至{end_date}止（含当日）。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场加封，请保持电话畅通。
按规定每次暂停不少于15天（首末日均计入），每一日历年内不超过2次、累计不超过6个月（经批准的季节性用电除外）；暂停期满后将按合同约定的容量恢复计收基本电费。如需提前恢复，请在预定恢复日前5个工作日来厅办理暂停恢复，未用的暂停天数退回当年额度。
如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted: suspended from {start_date} to {end_date}, both days included.
We will finish within {time_limit_days} working days ({steps}) and seal the equipment on site by {promised_date}; please keep your phone on.
The rules allow suspensions of at least 15 days each (first and last day counted), at most 2 a calendar year and 6 months in total (approved seasonal users excepted); when the suspension ends, the basic charge resumes at the contracted capacity. To restore early, come to the hall 5 working days before the restore day; the unused days go back to the year's allowance.
For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>暂停恢复</source>
        <extracomment>business name</extracomment>
        <translation>Suspension restore</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>须在预定恢复日前5个工作日申请。提前恢复的，暂停期至恢复日前一日止，未用天数退回当年额度。</source>
        <extracomment>page intro</extracomment>
        <translation>Apply 5 working days before the restore day. An early restore ends the suspension the day before; the unused days go back to the year's allowance.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>恢复用电首日</source>
        <extracomment>field label</extracomment>
        <translation>First day of supply again</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>从这一天起恢复用电；暂停期到前一天为止。</source>
        <extracomment>field hint</extracomment>
        <translation>Supply resumes on this day; the suspension ends the day before.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/suspension_restore.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，自{restore_date}起恢复用电（暂停期至前一日止），未用的暂停天数退回当年额度。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前到现场启封，请保持电话畅通。
恢复用电后按合同约定的容量计收基本电费。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted: supply resumes on {restore_date} (the suspension ends the day before), and the unused days go back to the year's allowance.
We will finish within {time_limit_days} working days ({steps}) and unseal the equipment on site by {promised_date}; please keep your phone on.
Once supply resumes, the basic charge is billed at the contracted capacity. For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆</source>
        <extracomment>business name</extracomment>
        <translation>Temporary meter removal</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>拆表</source>
        <extracomment>step</extracomment>
        <translation>Remove meter</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆信息</source>
        <extracomment>page title</extracomment>
        <translation>Temporary removal details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆期限最长6个月（首尾两天都计入）；超过期限要求复装的按新装办理。</source>
        <extracomment>page intro</extracomment>
        <translation>A temporary removal lasts at most 6 months (first and last day both counted); reinstallation asked for after that is handled as a new connection.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆第一天</source>
        <extracomment>field label</extracomment>
        <translation>First day of removal</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆最后一天</source>
        <extracomment>field label</extracomment>
        <translation>Last day of removal</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>计划复装前的最后一天（当天计入期限）。</source>
        <extracomment>field hint</extracomment>
        <translation>The last day before the planned reinstallation (counted in the term).</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>暂拆原因</source>
        <extracomment>field label</extracomment>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>例如：房屋装修</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. house renovation</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_removal.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，暂拆期间为{first_day}至{last_day}（首尾两天都计入），最长不超过6个月。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）执行暂拆。暂拆期间保留您的原用电容量。
需要恢复用电时，请办理复装，手续完成后5天内为您复装接电；超过6个月要求复装的，按新装办理。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted; the removal runs from {first_day} to {last_day} (both days counted), at most 6 months.
The steps are: {steps}. We will remove the meter within {time_limit_days} working days (expected by {promised_date}). Your original capacity is kept meanwhile.
To use electricity again, apply for reinstallation; we reconnect you within 5 days of completing it. Reinstallation asked for after 6 months is handled as a new connection. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时用电</source>
        <extracomment>business name</extracomment>
        <translation>Temporary supply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时用电信息</source>
        <extracomment>page title</extracomment>
        <translation>Temporary supply details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时用电期限一般不超过6个月（首尾两天都计入）；需要更长期限的，经供电企业同意后办理延期。</source>
        <extracomment>page intro</extracomment>
        <translation>A temporary supply generally lasts at most 6 months (first and last day both counted); a longer term needs the supplier's approval through an extension.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>施工现场或活动场地的地址</source>
        <extracomment>placeholder</extracomment>
        <translation>Address of the construction site or venue</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时用电用途</source>
        <extracomment>field label</extracomment>
        <translation>Purpose of the temporary supply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>基建施工</source>
        <extracomment>choice</extracomment>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>市政建设</source>
        <extracomment>choice</extracomment>
        <translation>Municipal works</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>抢险救灾</source>
        <extracomment>choice</extracomment>
        <translation>Emergency and disaster relief</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>临时性活动</source>
        <extracomment>choice</extracomment>
        <translation>Temporary event</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>用电第一天</source>
        <extracomment>field label</extracomment>
        <translation>First day of supply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>用电最后一天</source>
        <extracomment>field label</extracomment>
        <translation>Last day of supply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>当天计入期限。</source>
        <extracomment>field hint</extracomment>
        <translation>Counted in the term.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>用电地址（场地）使用证明</source>
        <extracomment>document</extracomment>
        <translation>Proof of the right to use the site</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>施工项目提供施工许可证或建设工程规划许可证；临时活动提供场地使用证明</source>
        <extracomment>document note</extracomment>
        <translation>Construction: building permit or planning permit; events: proof of the right to use the venue</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply.toml"/>
        <source>您好，您的{business}申请已受理，用电期限为{first_day}至{last_day}（首尾两天都计入），一般不超过6个月。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成装表接电。
临时用电须装表计量，不得向外转供电，也不得转让给他人；期满需要继续用电的，请在期满前办理临时用电延期。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application has been accepted; the supply runs from {first_day} to {last_day} (both days counted), generally at most 6 months.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, with the meter connected by {promised_date}.
A temporary supply must be metered and may not be passed on or transferred to others; to continue after the term, apply for an extension before it ends. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>临时用电延期</source>
        <extracomment>business name</extracomment>
        <translation>Temporary supply extension</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>延期审批</source>
        <extracomment>step</extracomment>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>延期信息</source>
        <extracomment>page title</extracomment>
        <translation>Extension details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>临时用电超过6个月须经供电企业同意；请在原期限届满前申请。</source>
        <extracomment>page intro</extracomment>
        <translation>A temporary supply beyond 6 months needs the supplier's approval; apply before the current term ends.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>原用电最后一天</source>
        <extracomment>field label</extracomment>
        <translation>Current last day of supply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>延期后用电最后一天</source>
        <extracomment>field label</extracomment>
        <translation>Last day of supply after the extension</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>延期原因</source>
        <extracomment>field label</extracomment>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>例如：工程工期顺延</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. the construction schedule was extended</translation>
    </message>
    <message>
        <location filename="../resources/workflows/temporary_supply_extension.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，申请将用电期限延至{new_last_day}（当天计入）。
办理环节为：{steps}，我们将在{time_limit_days}个工作日内（预计{promised_date}前）答复审批结果；未获批准的，期满后停止临时用电。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted: the supply term to be extended to {new_last_day} (counted).
The steps are: {steps}. We will reply with the approval decision within {time_limit_days} working days (expected by {promised_date}); if it is not approved, the temporary supply stops when the term ends. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>峰谷分时电价变更</source>
        <extracomment>business name</extracomment>
        <translation>Time-of-use tariff change</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>电能表设置</source>
        <extracomment>step</extracomment>
        <translation>Meter setup</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>分时电价选择</source>
        <extracomment>page title</extracomment>
        <translation>Time-of-use choice</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>峰谷分时电价自选择的日期所在抄表周期起执行；每年可变更的次数按本省规定。</source>
        <extracomment>page intro</extracomment>
        <translation>The time-of-use tariff applies from the meter-reading cycle of the chosen date; how often it may change each year follows the province's rule.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>申请事项</source>
        <extracomment>field label</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>申请执行峰谷分时电价</source>
        <extracomment>choice</extracomment>
        <translation>Start the time-of-use tariff</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>取消峰谷分时电价</source>
        <extracomment>choice</extracomment>
        <translation>Stop the time-of-use tariff</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>执行日期</source>
        <extracomment>field label</extracomment>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>峰谷分时电价每年只能变更一次，本年度已办理过</source>
        <extracomment>rule message</extracomment>
        <translation>The time-of-use tariff may change once a year, and it has already changed this year</translation>
    </message>
    <message>
        <location filename="../resources/workflows/tou_tariff.toml"/>
        <source>您好，您户号{account_no}的{business}申请（{tou_choice}）已受理，自{start_date}所在的抄表周期起执行。
我们承诺在{time_limit_days}个工作日内完成电能表设置，预计{promised_date}前完成；如需更换电能表，工作人员会与您联系。
执行分时电价后，高峰时段电价较高、低谷时段电价较低，请合理安排用电。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application ({tou_choice}) for account {account_no} has been accepted and applies from the meter-reading cycle of {start_date}.
We promise to set up the meter within {time_limit_days} working days, by {promised_date}; if the meter must be replaced, our staff will contact you.
Under the time-of-use tariff, peak hours cost more and valley hours less: plan your use accordingly. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>过户</source>
        <extracomment>business name</extracomment>
        <translation>Change of account holder</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>抄表结算</source>
        <extracomment>step</extracomment>
        <translation>Meter reading and settlement</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>过户归档</source>
        <extracomment>step</extracomment>
        <translation>Transfer filed</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主信息</source>
        <extracomment>page title</extracomment>
        <translation>New holder details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>过户后用电地址、用电容量和用电类别均不变；原户主须先结清欠费。请新户主出示有效证件。</source>
        <extracomment>page intro</extracomment>
        <translation>The address, capacity and category stay the same; the old holder first pays all arrears. Ask the new holder for a valid ID.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主证件类型</source>
        <extracomment>field label</extracomment>
        <translation>New holder's ID type</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主证件号码</source>
        <extracomment>field label</extracomment>
        <translation>New holder's ID no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主名称</source>
        <extracomment>field label</extracomment>
        <translation>New holder's name</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主联系手机</source>
        <extracomment>field label</extracomment>
        <translation>New holder's mobile</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主法定代表人姓名</source>
        <extracomment>field label</extracomment>
        <translation>New holder's legal representative</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主法定代表人身份证号码</source>
        <extracomment>field label</extracomment>
        <translation>New holder's legal representative's ID no.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主有效身份证件</source>
        <extracomment>document</extracomment>
        <translation>New holder's valid ID</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主营业执照（统一社会信用代码证）</source>
        <extracomment>document</extracomment>
        <translation>New holder's business licence (unified social credit code certificate)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主法定代表人身份证</source>
        <extracomment>document</extracomment>
        <translation>New holder's legal representative's ID card</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>新户主的产权证明（不动产权证书、购房合同或租赁合同）</source>
        <extracomment>document</extracomment>
        <translation>New holder's property proof (property certificate, purchase contract or lease)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transfer.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，新户主为“{new_name}”。
我们将在{time_limit_days}个工作日内完成（{steps}），预计{promised_date}前办结。过户日抄表结算，此前的电费由原户主结清，此后的电费由新户主承担。
用电地址、容量和用电类别不变。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted; the new holder is "{new_name}".
We will finish within {time_limit_days} working days ({steps}), by {promised_date}. The meter is read on the transfer day: bills before it are paid by the old holder, bills after it by the new holder.
The address, capacity and category stay the same. For any questions, call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换</source>
        <extracomment>business name</extracomment>
        <translation>Temporary transformer swap</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>检验投运</source>
        <extracomment>step</extracomment>
        <translation>Test and commission</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换信息</source>
        <extracomment>page title</extracomment>
        <translation>Transformer swap details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换须在原受电地点整台暂换受电变压器。期限按变压器的电压等级：10千伏及以下不超过2个月，35千伏及以上不超过3个月。</source>
        <extracomment>page intro</extracomment>
        <translation>The whole transformer is swapped at the original supply point. The term depends on the voltage: 10 kV and below at most 2 months, 35 kV and above at most 3 months.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>受电电压等级</source>
        <extracomment>field label</extracomment>
        <translation>Supply voltage class</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>10千伏及以下</source>
        <extracomment>choice</extracomment>
        <translation>10 kV and below</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>35千伏及以上</source>
        <extracomment>choice</extracomment>
        <translation>35 kV and above</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换变压器容量</source>
        <extracomment>field label</extracomment>
        <translation>Capacity of the swapped transformer</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换第一天</source>
        <extracomment>field label</extracomment>
        <translation>First day of the swap</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>使用暂换变压器的第一天。</source>
        <extracomment>field hint</extracomment>
        <translation>The first day the swapped transformer is used.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换最后一天</source>
        <extracomment>field label</extracomment>
        <translation>Last day of the swap</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>使用暂换变压器的最后一天（当天计入期限）。</source>
        <extracomment>field hint</extracomment>
        <translation>The last day the swapped transformer is used (counted in the term).</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换原因</source>
        <extracomment>field label</extracomment>
        <translation>Reason for the swap</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>例如：原变压器故障送修</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. the original transformer is out for repair</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>暂换变压器的试验报告（检验合格证明）</source>
        <extracomment>document</extracomment>
        <translation>Test report of the swapped transformer (certificate of inspection)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>投运前提供；受理时尚未试验的可后补</source>
        <extracomment>document note</extracomment>
        <translation>Before commissioning; may follow later if not yet tested</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，暂换变压器容量为{swap_capacity_kva}kVA，使用期限为{first_day}至{last_day}（首尾两天都计入）。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成。暂换的变压器须经检验合格后才能投入运行。
暂换期满请按时办理暂换恢复，逾期不办理的，供电企业可以中止供电；实行两部制电价的，自暂换之日起按暂换后的变压器容量计收基本电费。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted: a {swap_capacity_kva} kVA transformer from {first_day} to {last_day} (both days counted).
The steps are: {steps}. We promise to finish within {time_limit_days} working days, expected by {promised_date}. The swapped transformer must pass inspection before it is put into service.
When the term ends, please apply to restore your transformer on time; otherwise the supplier may suspend the supply. Under a two-part tariff, the basic charge follows the swapped capacity from the day of the swap. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>暂换恢复</source>
        <extracomment>business name</extracomment>
        <translation>Restore after transformer swap</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>暂换期满或原变压器修复后，恢复使用原受电变压器。</source>
        <extracomment>page intro</extracomment>
        <translation>When the swap ends or the original transformer is repaired, the original transformer is used again.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>恢复日期</source>
        <extracomment>field label</extracomment>
        <translation>Restore date</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>例如：原变压器已修复</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. the original transformer has been repaired</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>原变压器的试验报告（检验合格证明）</source>
        <extracomment>document</extracomment>
        <translation>Test report of the original transformer (certificate of inspection)</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>恢复运行前提供</source>
        <extracomment>document note</extracomment>
        <translation>Before it returns to service</translation>
    </message>
    <message>
        <location filename="../resources/workflows/transformer_swap_restore.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，计划于{restore_date}恢复使用原变压器。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成。原变压器须经检验合格后才能恢复运行。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted; the original transformer is to be used again from {restore_date}.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, expected by {promised_date}. The original transformer must pass inspection before it returns to service. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压</source>
        <extracomment>business name</extracomment>
        <translation>Change of supply voltage</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压接电</source>
        <extracomment>step</extracomment>
        <translation>Reconnect at the new voltage</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压信息</source>
        <extracomment>page title</extracomment>
        <translation>Voltage change details</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>填写现在的和申请改为的供电电压；因用户原因改压的，费用由用户承担。</source>
        <extracomment>page intro</extracomment>
        <translation>Enter the current and the requested supply voltage; when the change is for the customer's reasons, the customer bears the cost.</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>现供电电压</source>
        <extracomment>field label</extracomment>
        <translation>Current supply voltage</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>申请改为</source>
        <extracomment>field label</extracomment>
        <translation>Change to</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压原因</source>
        <extracomment>field label</extracomment>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>例如：用电设备增加，需改为高压供电</source>
        <extracomment>placeholder</extracomment>
        <translation>e.g. more equipment, needs high-voltage supply</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>用电设备清单</source>
        <extracomment>document</extracomment>
        <translation>List of electrical equipment</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>改压涉及容量变化时提供</source>
        <extracomment>document note</extracomment>
        <translation>When the change also changes the capacity</translation>
    </message>
    <message>
        <location filename="../resources/workflows/voltage_change.toml"/>
        <source>您好，您户号{account_no}的{business}申请已受理，申请由{current_voltage}改为{new_voltage}供电。
办理环节为：{steps}，我们承诺在{time_limit_days}个工作日内完成，预计{promised_date}前完成；需要您方实施的受电工程，施工期间不计入供电公司办理时间。
改压后容量超过原容量的，超过部分按增容办理。如有疑问可拨打95598。</source>
        <extracomment>script: keep every {placeholder}</extracomment>
        <translation>Hello, your {business} application for account {account_no} has been accepted: supply to change from {current_voltage} to {new_voltage}.
The steps are: {steps}. We promise to finish within {time_limit_days} working days, expected by {promised_date}; time spent on works on your side is not counted as the supplier's time.
Capacity above the original after the change is handled as a capacity increase. For questions call 95598.</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>业扩报装/变更用电</source>
        <extracomment>queue category</extracomment>
        <translation>New connection / service change</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>电费缴纳</source>
        <extracomment>queue category</extracomment>
        <translation>Bill payment</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>咨询/其他</source>
        <extracomment>queue category</extracomment>
        <translation>Enquiries / other</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>非常满意</source>
        <extracomment>rating</extracomment>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>满意</source>
        <extracomment>rating</extracomment>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>基本满意</source>
        <extracomment>rating</extracomment>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>不满意</source>
        <extracomment>rating</extracomment>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../resources/queue.toml"/>
        <source>非常不满意</source>
        <extracomment>rating</extracomment>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>柜台</source>
        <extracomment>complaint channel</extracomment>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>电话</source>
        <extracomment>complaint channel</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>网站/APP</source>
        <extracomment>complaint channel</extracomment>
        <translation>Website / app</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>信函</source>
        <extracomment>complaint channel</extracomment>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>服务态度</source>
        <extracomment>complaint category</extracomment>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>办电时限</source>
        <extracomment>complaint category</extracomment>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>收费</source>
        <extracomment>complaint category</extracomment>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>电能质量</source>
        <extracomment>complaint category</extracomment>
        <translation>Power quality</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>停电</source>
        <extracomment>complaint category</extracomment>
        <translation>Power outage</translation>
    </message>
    <message>
        <location filename="../resources/complaints.toml"/>
        <source>12398 能源监管热线</source>
        <extracomment>escalation hotline</extracomment>
        <translation>12398 energy regulator hotline</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>居民</source>
        <extracomment>stored value</extracomment>
        <translation>Residential</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>非居民</source>
        <extracomment>stored value</extracomment>
        <translation>Non-residential</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>低压</source>
        <extracomment>stored value</extracomment>
        <translation>Low voltage</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>高压</source>
        <extracomment>stored value</extracomment>
        <translation>High voltage</translation>
    </message>
    <message>
        <location filename="../counter_app/store/models.py"/>
        <source>电费</source>
        <extracomment>stored value</extracomment>
        <translation>Electricity</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>100元</source>
        <extracomment>cash denomination</extracomment>
        <translation>100 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>50元</source>
        <extracomment>cash denomination</extracomment>
        <translation>50 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>20元</source>
        <extracomment>cash denomination</extracomment>
        <translation>20 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>10元</source>
        <extracomment>cash denomination</extracomment>
        <translation>10 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>5元</source>
        <extracomment>cash denomination</extracomment>
        <translation>5 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>1元</source>
        <extracomment>cash denomination</extracomment>
        <translation>1 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>5角</source>
        <extracomment>cash denomination</extracomment>
        <translation>0.50 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>1角</source>
        <extracomment>cash denomination</extracomment>
        <translation>0.10 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>5分</source>
        <extracomment>cash denomination</extracomment>
        <translation>0.05 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>2分</source>
        <extracomment>cash denomination</extracomment>
        <translation>0.02 yuan</translation>
    </message>
    <message>
        <location filename="../resources/fees.toml"/>
        <source>1分</source>
        <extracomment>cash denomination</extracomment>
        <translation>0.01 yuan</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民新装：新房第一次通电</source>
        <extracomment>exercise title</extracomment>
        <translation>New residential supply: first power to a new home</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>一位女士拿着身份证来到柜台：“您好，我叫林晓雯，刚在城关镇幸福路88号2幢301室买了新房，想申请装电表通电。”
她的身份证号码是 330106199003154322，手机号码 13905710001。
她说家里会装空调和电热水器，想要 8 千瓦的容量。房子是她本人的，没有找人代办。
请为她办理低压居民新装，资料齐全。</source>
        <extracomment>exercise story: the customer's words</extracomment>
        <translation>A woman comes to the counter with her ID card: "Hello, my name is Lin Xiaowen (林晓雯). I have just bought a new flat at Room 301, Building 2, No. 88 Xingfu Road, Chengguan Town, and I'd like a meter installed and the power connected."
Her ID number is 330106199003154322, mobile 13905710001.
She will install air conditioning and an electric water heater and wants 8 kW. The flat is her own; nobody is applying on her behalf.
Accept a low-voltage residential new supply for her; her documents are complete.</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>办理的业务是低压居民新装</source>
        <extracomment>check label</extracomment>
        <translation>Business is low-voltage residential new supply</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>申请人证件类型为居民身份证</source>
        <extracomment>check label</extracomment>
        <translation>Applicant's ID type is Resident ID card</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>证件号码录入正确</source>
        <extracomment>check label</extracomment>
        <translation>ID number entered correctly</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>申请人姓名为林晓雯</source>
        <extracomment>check label</extracomment>
        <translation>Applicant's name is Lin Xiaowen (林晓雯)</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>手机号码录入正确</source>
        <extracomment>check label</extracomment>
        <translation>Mobile number entered correctly</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>申请容量为 8 kW</source>
        <extracomment>check label</extracomment>
        <translation>Capacity applied for is 8 kW</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>增容：填写增容后的总容量</source>
        <extracomment>exercise title</extracomment>
        <translation>Capacity increase: enter the total after the increase</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>赵建国先生来到柜台：“我家户号 9900000000021，现在是 8 千瓦。家里新装了充电桩，想再加 4 千瓦。”
他出示了本人身份证 330102197811022016，手机 13905710002，本人办理。
注意：增容业务填写的是增容后的总容量，不是增加的部分。</source>
        <extracomment>exercise story: the customer's words</extracomment>
        <translation>Mr Zhao Jianguo comes to the counter: "My account no. is 9900000000021 and I have 8 kW now. I've installed an EV charger at home and want 4 kW more."
He shows his own ID card 330102197811022016, mobile 13905710002, and applies in person.
Note: a capacity increase records the total capacity after the increase, not the added part.</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>办理的业务是增容</source>
        <extracomment>check label</extracomment>
        <translation>Business is capacity increase</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>户号为 9900000000021</source>
        <extracomment>check label</extracomment>
        <translation>Account no. is 9900000000021</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>增容后总容量为 12 kW（8 + 4，不是 4）</source>
        <extracomment>check label</extracomment>
        <translation>Total after increase is 12 kW (8 + 4, not 4)</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>户主证件号码录入正确</source>
        <extracomment>check label</extracomment>
        <translation>Account holder's ID number entered correctly</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>交清欠费：含违约金的现金缴费与找零</source>
        <extracomment>exercise title</extracomment>
        <translation>Clearing arrears: cash payment with late fee and change</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>王秀英阿姨来交电费：“我家户号 9900000000032，好像有两个月没交了，一起交清吧。”
她递过来 4 张 100 元，共 400 元现金。
请交清该户全部欠费（违约金照收，系统会算出），按现金收取并正确找零。</source>
        <extracomment>exercise story: the customer's words</extracomment>
        <translation>Mrs Wang Xiuying comes to pay her bill: "My account no. is 9900000000032. I think I haven't paid for two months; I'd like to pay it all."
She hands over four 100-yuan notes, 400 yuan in cash.
Clear all the arrears on the account (the late fee is charged; the system works it out), take cash and give the right change.</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>收费户号为 9900000000032</source>
        <extracomment>check label</extracomment>
        <translation>Account no. paid is 9900000000032</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>交清两个月电费本金 350.00 元</source>
        <extracomment>check label</extracomment>
        <translation>Two months of bills cleared: 350.00 yuan</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>违约金 7.50 元已收取</source>
        <extracomment>check label</extracomment>
        <translation>Late fee of 7.50 yuan taken</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>合计收费 357.50 元</source>
        <extracomment>check label</extracomment>
        <translation>Total paid 357.50 yuan</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>收款方式为现金</source>
        <extracomment>check label</extracomment>
        <translation>Payment method is cash</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>实收 400.00 元</source>
        <extracomment>check label</extracomment>
        <translation>Tendered 400.00 yuan</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>找零 42.50 元</source>
        <extracomment>check label</extracomment>
        <translation>Change 42.50 yuan</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>王阿姨问违约金是怎么算的，应当如何解释？</source>
        <extracomment>question</extracomment>
        <translation>Mrs Wang asks how the late fee is worked out. What do you tell her?</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民用户按欠费金额每日千分之一，从缴费期限届满次日起算</source>
        <extracomment>answer choice</extracomment>
        <translation>For residents, 0.1% of the amount owed per day, from the day after the due date</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民用户按欠费金额每日千分之三，从账单日起算</source>
        <extracomment>answer choice</extracomment>
        <translation>For residents, 0.3% of the amount owed per day, from the bill date</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>不论逾期多久，每笔欠费固定收取10元</source>
        <extracomment>answer choice</extracomment>
        <translation>A flat 10 yuan per unpaid bill, however late</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民用户不收违约金，只有非居民用户收取</source>
        <extracomment>answer choice</extracomment>
        <translation>Residents pay no late fee; only non-residents do</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>暂停：不符合规定的申请要婉拒</source>
        <extracomment>exercise title</extracomment>
        <translation>Suspension: politely refuse a request that breaks the rules</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>陈志明先生是户号 9900000000043 的户主，他说：“我明天起出差十天，家里的电先给我暂停十天吧，省点基本电费。”
按规定暂停须提前5天申请，每次不少于15天。
请向客户解释规定，不要受理这笔暂停申请；客户表示理解，改天再来。</source>
        <extracomment>exercise story: the customer's words</extracomment>
        <translation>Mr Chen Zhiming, holder of account no. 9900000000043, says: "I'm away on business for ten days from tomorrow. Please suspend my supply for ten days to save on the basic charge."
By the rules a suspension must be applied for 5 days ahead and last at least 15 days.
Explain the rules to the customer and do not accept this suspension; he understands and will come back another day.</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>没有受理不符合规定的暂停申请</source>
        <extracomment>check label</extracomment>
        <translation>Non-compliant suspension not accepted</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>客户的暂停申请为什么不能受理？</source>
        <extracomment>question</extracomment>
        <translation>Why can't the customer's suspension be accepted?</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>居民用户一律不能办理暂停</source>
        <extracomment>answer choice</extracomment>
        <translation>Residents can never suspend supply</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>暂停须提前5天申请且每次不少于15天</source>
        <extracomment>answer choice</extracomment>
        <translation>It must be requested 5 days ahead and last at least 15 days</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>暂停须由户主本人携带房产证办理</source>
        <extracomment>answer choice</extracomment>
        <translation>The holder must apply in person with the property deed</translation>
    </message>
    <message>
        <location filename="../resources/training/exercises.toml"/>
        <source>出差不属于可以申请暂停的理由</source>
        <extracomment>answer choice</extracomment>
        <translation>A business trip is not a valid reason for suspension</translation>
    </message>
    <message>
        <location filename="../resources/visits.toml"/>
        <source>近30天新装完成的客户</source>
        <extracomment>visit plan rule</extracomment>
        <translation>New connections completed in the last 30 days</translation>
    </message>
    <message>
        <location filename="../resources/visits.toml"/>
        <source>近90天有投诉或差评的客户</source>
        <extracomment>visit plan rule</extracomment>
        <translation>Complaints or bad ratings in the last 90 days</translation>
    </message>
    <message>
        <location filename="../resources/visits.toml"/>
        <source>大容量非居民客户</source>
        <extracomment>visit plan rule</extracomment>
        <translation>Large non-residential customers</translation>
    </message>
    <message>
        <location filename="../resources/visits.toml"/>
        <source>近90天多次停电地区的客户</source>
        <extracomment>visit plan rule</extracomment>
        <translation>Areas with repeated outages in the last 90 days</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>年度满意度</source>
        <extracomment>questionnaire name</extracomment>
        <translation>Annual satisfaction</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>您好，我们正在开展年度供电服务满意度调查，请您对过去一年的供电服务作出评价。</source>
        <extracomment>questionnaire intro: what the visitor says first</extracomment>
        <translation>Hello, we are carrying out the annual survey of satisfaction with our electricity service: please rate our service over the past year.</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>对供电可靠性（停电次数和时长）打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>How do you rate the reliability of supply (number and length of outages)? (1-5)</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>家中或单位是否出现过电压不稳、灯光闪烁？</source>
        <extracomment>survey question</extracomment>
        <translation>Has the voltage been unstable, or lights flickered, at your home or premises?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>计划停电前是否提前收到通知？</source>
        <extracomment>survey question</extracomment>
        <translation>Were you told in advance of planned outages?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>每次都收到</source>
        <extracomment>survey answer option</extracomment>
        <translation>Every time</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>有时收到</source>
        <extracomment>survey answer option</extracomment>
        <translation>Sometimes</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>从未收到</source>
        <extracomment>survey answer option</extracomment>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>没有遇到停电</source>
        <extracomment>survey answer option</extracomment>
        <translation>No outage happened</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>对电费账单和缴费方式打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>How do you rate the bills and the ways to pay? (1-5)</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>对营业厅服务打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>How do you rate the service hall? (1-5)</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>对供电服务总体打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>How do you rate the electricity service overall? (1-5)</translation>
    </message>
    <message>
        <location filename="../resources/surveys/annual_satisfaction.toml"/>
        <source>您最希望我们改进的是什么？</source>
        <extracomment>survey question</extracomment>
        <translation>What would you most like us to improve?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>大客户走访</source>
        <extracomment>questionnaire name</extracomment>
        <translation>Large customer visit</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>您好，我们是供电营业厅的客户经理，定期走访重点客户，了解贵单位用电中的问题和需求。</source>
        <extracomment>questionnaire intro: what the visitor says first</extracomment>
        <translation>Hello, we are the service hall's account managers: we visit key customers regularly to learn the problems and needs your organisation has with its supply.</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>过去半年停电是否影响了生产经营？</source>
        <extracomment>survey question</extracomment>
        <translation>Have outages in the past six months affected your business?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>对电能质量（电压、谐波、闪变）打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>How do you rate the power quality (voltage, harmonics, flicker)? (1-5)</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>未来一年的用电容量计划</source>
        <extracomment>survey question</extracomment>
        <translation>Capacity plans for the coming year</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>维持现有容量</source>
        <extracomment>survey answer option</extracomment>
        <translation>Keep the present capacity</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>计划增容</source>
        <extracomment>survey answer option</extracomment>
        <translation>Increase capacity</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>计划减容</source>
        <extracomment>survey answer option</extracomment>
        <translation>Reduce capacity</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>尚未确定</source>
        <extracomment>survey answer option</extracomment>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>客户经理是否及时响应贵单位的诉求？</source>
        <extracomment>survey question</extracomment>
        <translation>Does your account manager respond to your requests in time?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/large_customer.toml"/>
        <source>贵单位对供电服务有什么需求或建议？</source>
        <extracomment>survey question</extracomment>
        <translation>What needs or suggestions does your organisation have for the electricity service?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>新装回访</source>
        <extracomment>questionnaire name</extracomment>
        <translation>New connection follow-up</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>您好，我是供电营业厅的工作人员，想了解您新装用电的办理情况，耽误您几分钟时间。</source>
        <extracomment>questionnaire intro: what the visitor says first</extracomment>
        <translation>Hello, I am from the electricity service hall and would like a few minutes to ask how your new connection went.</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>是否按承诺时间送电？</source>
        <extracomment>survey question</extracomment>
        <translation>Was the power connected by the promised time?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>收费是否与营业厅告知的一致？</source>
        <extracomment>survey question</extracomment>
        <translation>Were the fees the same as the hall told you?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>办理过程中您到营业厅跑了几次？</source>
        <extracomment>survey question</extracomment>
        <translation>How many times did you have to come to the hall?</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>一次</source>
        <extracomment>survey answer option</extracomment>
        <translation>Once</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>两次</source>
        <extracomment>survey answer option</extracomment>
        <translation>Twice</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>三次及以上</source>
        <extracomment>survey answer option</extracomment>
        <translation>Three times or more</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>对工作人员的服务态度打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>How do you rate the staff's attitude? (1-5)</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>对本次新装办电总体打几分？（1-5分）</source>
        <extracomment>survey question</extracomment>
        <translation>How do you rate this new connection overall? (1-5)</translation>
    </message>
    <message>
        <location filename="../resources/surveys/new_connection.toml"/>
        <source>还有什么意见或建议？</source>
        <extracomment>survey question</extracomment>
        <translation>Any other comments or suggestions?</translation>
    </message>
</context>
</TS>
