"""Contains all the data models used in inputs/outputs"""

from .check_biz_qualification_num_type import CheckBizQualificationNumType
from .check_number_status_num_type import CheckNumberStatusNumType
from .check_real_name_identity_service_type import CheckRealNameIdentityServiceType
from .ospb001_reply import OSPB001Reply
from .ospb002_reply import OSPB002Reply
from .ospb003_reply import OSPB003Reply
from .ospb003_reply_biz_code import OSPB003ReplyBizCode
from .ospb003_request import OSPB003Request
from .ospb003_request_is_distribution import OSPB003RequestIsDistribution
from .ospb003_sub_order import OSPB003SubOrder
from .ospb003_sub_order_number_type import OSPB003SubOrderNumberType
from .ospb004_reply import OSPB004Reply
from .ospb004_reply_biz_code import OSPB004ReplyBizCode
from .ospb004_request import OSPB004Request
from .ospb004_request_is_goods_return import OSPB004RequestIsGoodsReturn
from .ospb004_request_refund_type import OSPB004RequestRefundType
from .ospb005_reply import OSPB005Reply
from .ospb005_reply_biz_code import OSPB005ReplyBizCode
from .ospb006_reply import OSPB006Reply
from .ospb006_reply_biz_code import OSPB006ReplyBizCode
from .ospb007_reply import OSPB007Reply
from .ospb007_reply_biz_code import OSPB007ReplyBizCode
from .ospb008_reply import OSPB008Reply
from .ospb008_reply_biz_code import OSPB008ReplyBizCode
from .ospb009_reply import OSPB009Reply
from .ospb009_reply_biz_code import OSPB009ReplyBizCode
from .ospb009_request import OSPB009Request
from .ospb009_request_opr_type import OSPB009RequestOprType
from .ospb010_imei_result import OSPB010ImeiResult
from .ospb010_imei_result_biz_code import OSPB010ImeiResultBizCode
from .ospb014_boss_product import OSPB014BossProduct
from .ospb014_boss_product_boss_product_type import OSPB014BossProductBossProductType
from .ospb014_boss_product_opr_code import OSPB014BossProductOprCode
from .ospb014_reply import OSPB014Reply
from .ospb014_reply_biz_code import OSPB014ReplyBizCode
from .ospb014_request import OSPB014Request
from .ospb014_request_id_type import OSPB014RequestIdType
from .ospb015_reply import OSPB015Reply
from .ospb015_reply_biz_code import OSPB015ReplyBizCode
from .ospb015_reply_custom_id_status import OSPB015ReplyCustomIdStatus
from .ospb015_reply_ident_code_level import OSPB015ReplyIdentCodeLevel
from .ospb015_reply_ident_code_type import OSPB015ReplyIdentCodeType
from .ospb015_request import OSPB015Request
from .ospb015_request_user_type import OSPB015RequestUserType
from .ospb015_user_info import OSPB015UserInfo
from .ospb016_reply import OSPB016Reply
from .ospb016_reply_biz_code import OSPB016ReplyBizCode
from .ospb017_activity_info import OSPB017ActivityInfo
from .ospb017_activity_info_activity_type import OSPB017ActivityInfoActivityType
from .ospb017_consignee_info import OSPB017ConsigneeInfo
from .ospb017_goods_info import OSPB017GoodsInfo
from .ospb017_invoice_info import OSPB017InvoiceInfo
from .ospb017_invoice_info_invoice_type import OSPB017InvoiceInfoInvoiceType
from .ospb017_payment_info import OSPB017PaymentInfo
from .ospb017_payment_info_charge_type import OSPB017PaymentInfoChargeType
from .ospb017_payment_info_service_fee_refundable import OSPB017PaymentInfoServiceFeeRefundable
from .ospb017_reply import OSPB017Reply
from .ospb017_reply_biz_code import OSPB017ReplyBizCode
from .ospb017_request import OSPB017Request
from .ospb017_request_need_distribution import OSPB017RequestNeedDistribution
from .ospb017_request_need_invoice import OSPB017RequestNeedInvoice
from .ospb017_sub_order import OSPB017SubOrder
from .ospb017_subscriber_info import OSPB017SubscriberInfo
from .ospb017_subscriber_info_number_opr_type import OSPB017SubscriberInfoNumberOprType
from .ospb017_subscriber_info_number_type import OSPB017SubscriberInfoNumberType
from .ospb017_subscriber_info_numberbrand import OSPB017SubscriberInfoNumberbrand
from .ospb018_reply import OSPB018Reply
from .ospb018_reply_biz_code import OSPB018ReplyBizCode
from .ospb019_reply import OSPB019Reply
from .ospb019_request import OSPB019Request
from .ospb019_request_check_type import OSPB019RequestCheckType
from .ospb019_request_service_type import OSPB019RequestServiceType
from .ospb020_reply import OSPB020Reply
from .ospb021_reply import OSPB021Reply
from .ospb021_reply_biz_code import OSPB021ReplyBizCode
from .ospb021_request import OSPB021Request
from .ospb021_request_need_refund import OSPB021RequestNeedRefund
from .ospb021_request_return_type import OSPB021RequestReturnType
from .ospb021_request_service_no_type import OSPB021RequestServiceNoType
from .ospb021_return_goods import OSPB021ReturnGoods
from .ospb022_coupon_busi_rel import OSPB022CouponBusiRel
from .ospb022_coupon_data import OSPB022CouponData
from .ospb022_reply import OSPB022Reply
from .ospb022_reply_biz_code import OSPB022ReplyBizCode
from .ospb022_request import OSPB022Request
from .ospb022_request_login_type import OSPB022RequestLoginType
from .ospb022_request_opr_type import OSPB022RequestOprType
from .ospb023_reply import OSPB023Reply
from .ospb023_reply_biz_code import OSPB023ReplyBizCode
from .ospb023_request import OSPB023Request
from .ospb023_sub_order import OSPB023SubOrder
from .ospb023_sub_order_status import OSPB023SubOrderStatus
from .ospb024_reply import OSPB024Reply
from .ospb024_reply_biz_code import OSPB024ReplyBizCode
from .ospb024_request import OSPB024Request
from .ospb024_request_refund_status import OSPB024RequestRefundStatus
from .ospc001_reply import OSPC001Reply
from .ospc001_reply_biz_code import OSPC001ReplyBizCode
from .ospc001_request import OSPC001Request
from .ospc001_request_svc_type_id import OSPC001RequestSvcTypeId
from .ospc001_request_urgent_id import OSPC001RequestUrgentId
from .ospc002_reply import OSPC002Reply
from .ospc002_reply_biz_code import OSPC002ReplyBizCode
from .ospc002_request import OSPC002Request
from .ospc002_request_is_fact import OSPC002RequestIsFact
from .ospc002_request_is_normal import OSPC002RequestIsNormal
from .ospc002_request_is_regualted import OSPC002RequestIsRegualted
from .ospc002_request_is_return_fee import OSPC002RequestIsReturnFee
from .ospc002_request_is_solved import OSPC002RequestIsSolved
from .ospc003_reply import OSPC003Reply
from .ospc003_reply_biz_code import OSPC003ReplyBizCode
from .ospc003_request import OSPC003Request
from .ospc003_request_is_qualified import OSPC003RequestIsQualified
from .ospc003_request_req_satisfaction import OSPC003RequestReqSatisfaction
from .ospc003_request_satisfaction import OSPC003RequestSatisfaction
from .ospc004_reply import OSPC004Reply
from .ospc004_reply_biz_code import OSPC004ReplyBizCode
from .ospc004_request import OSPC004Request
from .ospc005_reply import OSPC005Reply
from .ospc005_reply_biz_code import OSPC005ReplyBizCode
from .ospc005_request import OSPC005Request
from .ospc006_reply import OSPC006Reply
from .ospc006_reply_biz_code import OSPC006ReplyBizCode
from .ospc006_request import OSPC006Request
from .ospc007_reply import OSPC007Reply
from .ospc007_reply_biz_code import OSPC007ReplyBizCode
from .ospc007_request import OSPC007Request
from .ospc008_reply import OSPC008Reply
from .ospc008_reply_biz_code import OSPC008ReplyBizCode
from .ospc008_reply_status import OSPC008ReplyStatus
from .ospf001_reply import OSPF001Reply
from .ospf001_reply_biz_code import OSPF001ReplyBizCode
from .ospf001_request import OSPF001Request
from .ospf001_request_order_result import OSPF001RequestOrderResult
from .ospf002_reply import OSPF002Reply
from .ospf002_reply_biz_code import OSPF002ReplyBizCode
from .ospf002_request import OSPF002Request
from .ospf002_request_refund_result import OSPF002RequestRefundResult
from .ospf002_request_refund_type import OSPF002RequestRefundType
from .ospf003_reply import OSPF003Reply
from .ospf003_reply_biz_code import OSPF003ReplyBizCode
from .ospf003_request import OSPF003Request
from .ospf003_request_status import OSPF003RequestStatus
from .ospf004_reply import OSPF004Reply
from .ospf004_reply_biz_code import OSPF004ReplyBizCode
from .ospf004_request import OSPF004Request
from .ospf004_request_origin import OSPF004RequestOrigin
from .ospf004_request_product_type import OSPF004RequestProductType
from .ospf004_request_status import OSPF004RequestStatus
from .ospf005_reply import OSPF005Reply
from .ospf005_reply_biz_code import OSPF005ReplyBizCode
from .ospf005_request import OSPF005Request
from .ospf005_request_product_type import OSPF005RequestProductType
from .ospo001_reply import OSPO001Reply
from .ospo001_reply_category import OSPO001ReplyCategory
from .ospo001_reply_status import OSPO001ReplyStatus
from .ospp001_parameters_alipay_bank import OSPP001ParametersAlipayBank
from .ospp001_parameters_alipay_bank_input_charset import OSPP001ParametersAlipayBankInputCharset
from .ospp001_parameters_alipay_bank_payment_type import OSPP001ParametersAlipayBankPaymentType
from .ospp001_parameters_alipay_bank_sign_type import OSPP001ParametersAlipayBankSignType
from .ospp001_parameters_alipay_mobile import OSPP001ParametersAlipayMobile
from .ospp001_parameters_alipay_mobile_input_charset import (
    OSPP001ParametersAlipayMobileInputCharset,
)
from .ospp001_parameters_alipay_mobile_payment_type import OSPP001ParametersAlipayMobilePaymentType
from .ospp001_parameters_alipay_mobile_sign_type import OSPP001ParametersAlipayMobileSignType
from .ospp001_parameters_alipay_native import OSPP001ParametersAlipayNative
from .ospp001_parameters_alipay_signandpay import OSPP001ParametersAlipaySignandpay
from .ospp001_parameters_alipay_wap import OSPP001ParametersAlipayWap
from .ospp001_parameters_alipay_wap_input_charset import OSPP001ParametersAlipayWapInputCharset
from .ospp001_parameters_alipay_wap_payment_type import OSPP001ParametersAlipayWapPaymentType
from .ospp001_parameters_alipay_wap_sign_type import OSPP001ParametersAlipayWapSignType
from .ospp001_parameters_alipay_web import OSPP001ParametersAlipayWeb
from .ospp001_parameters_alipay_web_input_charset import OSPP001ParametersAlipayWebInputCharset
from .ospp001_parameters_alipay_web_payment_type import OSPP001ParametersAlipayWebPaymentType
from .ospp001_parameters_alipay_web_sign_type import OSPP001ParametersAlipayWebSignType
from .ospp001_parameters_cmpay_wap import OSPP001ParametersCmpayWap
from .ospp001_parameters_cmpay_web import OSPP001ParametersCmpayWeb
from .ospp001_parameters_unionpay_app import OSPP001ParametersUnionpayApp
from .ospp001_parameters_unionpay_applepay import OSPP001ParametersUnionpayApplepay
from .ospp001_parameters_unionpay_gateway import OSPP001ParametersUnionpayGateway
from .ospp001_parameters_unionpay_gateway_access_type import (
    OSPP001ParametersUnionpayGatewayAccessType,
)
from .ospp001_parameters_unionpay_gateway_biz_type import OSPP001ParametersUnionpayGatewayBizType
from .ospp001_parameters_unionpay_gateway_channel_type import (
    OSPP001ParametersUnionpayGatewayChannelType,
)
from .ospp001_parameters_unionpay_gateway_currency_code import (
    OSPP001ParametersUnionpayGatewayCurrencyCode,
)
from .ospp001_parameters_unionpay_gateway_sign_method import (
    OSPP001ParametersUnionpayGatewaySignMethod,
)
from .ospp001_parameters_unionpay_gateway_txn_type import OSPP001ParametersUnionpayGatewayTxnType
from .ospp001_parameters_unionpay_gateway_version import OSPP001ParametersUnionpayGatewayVersion
from .ospp001_parameters_unionpay_wap import OSPP001ParametersUnionpayWap
from .ospp001_parameters_unionpay_wap_access_type import OSPP001ParametersUnionpayWapAccessType
from .ospp001_parameters_unionpay_wap_biz_type import OSPP001ParametersUnionpayWapBizType
from .ospp001_parameters_unionpay_wap_channel_type import OSPP001ParametersUnionpayWapChannelType
from .ospp001_parameters_unionpay_wap_currency_code import OSPP001ParametersUnionpayWapCurrencyCode
from .ospp001_parameters_unionpay_wap_sign_method import OSPP001ParametersUnionpayWapSignMethod
from .ospp001_parameters_unionpay_wap_txn_type import OSPP001ParametersUnionpayWapTxnType
from .ospp001_parameters_unionpay_wap_version import OSPP001ParametersUnionpayWapVersion
from .ospp001_parameters_weixin_app import OSPP001ParametersWeixinApp
from .ospp001_parameters_weixin_app_package import OSPP001ParametersWeixinAppPackage
from .ospp001_parameters_weixin_jsapi import OSPP001ParametersWeixinJsapi
from .ospp001_parameters_weixin_jsapi_sign_type import OSPP001ParametersWeixinJsapiSignType
from .ospp001_parameters_weixin_native import OSPP001ParametersWeixinNative
from .ospp001_parameters_weixin_wap import OSPP001ParametersWeixinWap
from .ospp001_reply import OSPP001Reply
from .ospp001_request import OSPP001Request
from .ospp001_request_is_virtual import OSPP001RequestIsVirtual
from .ospp001_request_number_type import OSPP001RequestNumberType
from .ospp001_request_payment_limit import OSPP001RequestPaymentLimit
from .ospp002_reply import OSPP002Reply
from .ospp002_reply_biz_code import OSPP002ReplyBizCode
from .ospp002_request import OSPP002Request
from .ospp003_reply import OSPP003Reply
from .ospp003_request import OSPP003Request
from .ospp004_reply import OSPP004Reply
from .ospp004_request import OSPP004Request
from .ospp005_reply import OSPP005Reply
from .ospp005_reply_biz_code import OSPP005ReplyBizCode
from .ospp005_request import OSPP005Request
from .ospp006_reply import OSPP006Reply
from .ospp006_request import OSPP006Request
from .ospp009_reply_item import OSPP009ReplyItem
from .ospp009_request import OSPP009Request
from .ospp010_reply import OSPP010Reply
from .ospp010_request import OSPP010Request
from .ospp010_request_refund_type import OSPP010RequestRefundType
from .ospp011_reply import OSPP011Reply
from .ospp011_request import OSPP011Request
from .ospp012_reply import OSPP012Reply
from .ospp012_reply_biz_code import OSPP012ReplyBizCode
from .ospp012_request import OSPP012Request
from .ospp013_reply import OSPP013Reply
from .ospp013_reply_biz_code import OSPP013ReplyBizCode
from .ospp013_request import OSPP013Request
from .ospp014_reply import OSPP014Reply
from .ospp014_request import OSPP014Request
from .ospq002_reply import OSPQ002Reply
from .ospq003_in_plan_info import OSPQ003InPlanInfo
from .ospq003_in_plan_res_info import OSPQ003InPlanResInfo
from .ospq003_in_plan_res_info_res_code import OSPQ003InPlanResInfoResCode
from .ospq003_out_plan_info import OSPQ003OutPlanInfo
from .ospq003_out_plan_info_res_code import OSPQ003OutPlanInfoResCode
from .ospq003_out_plan_res_info import OSPQ003OutPlanResInfo
from .ospq003_out_plan_res_info_unit import OSPQ003OutPlanResInfoUnit
from .ospq003_plan_qry import OSPQ003PlanQry
from .ospq003_reply import OSPQ003Reply
from .ospq003_sub_res_info import OSPQ003SubResInfo
from .ospq003_sub_res_info_is_carry_over import OSPQ003SubResInfoIsCarryOver
from .ospq003_sub_res_info_unit import OSPQ003SubResInfoUnit
from .ospq004_order import OSPQ004Order
from .ospq004_sub_order import OSPQ004SubOrder
from .ospq004_sub_order_order_status import OSPQ004SubOrderOrderStatus
from .ospq006_boss_product_info import OSPQ006BossProductInfo
from .ospq006_boss_product_info_business_type import OSPQ006BossProductInfoBusinessType
from .ospq006_reply import OSPQ006Reply
from .ospq006_reply_biz_code import OSPQ006ReplyBizCode
from .ospq006_request import OSPQ006Request
from .ospq006_request_id_type import OSPQ006RequestIdType
from .ospq006_uni_qry_rec import OSPQ006UniQryRec
from .ospq007_reply import OSPQ007Reply
from .ospq007_reply_biz_code import OSPQ007ReplyBizCode
from .ospq008_reply import OSPQ008Reply
from .ospq008_reply_biz_code import OSPQ008ReplyBizCode
from .ospq009_platform_error import OSPQ009PlatformError
from .ospq009_reply import OSPQ009Reply
from .ospq009_reply_inter_roam_funcstat import OSPQ009ReplyInterRoamFuncstat
from .ospq009_reply_service_type import OSPQ009ReplyServiceType
from .ospq010_subscription import OSPQ010Subscription
from .ospq010_subscription_product_status import OSPQ010SubscriptionProductStatus
from .ospq010_subscription_product_type import OSPQ010SubscriptionProductType
from .ospq010_subscription_user_id import OSPQ010SubscriptionUserId
from .ospq011_usage import OSPQ011Usage
from .ospq011_usage_product_status import OSPQ011UsageProductStatus
from .ospq011_usage_product_type import OSPQ011UsageProductType
from .ospq012_broadband_account import OSPQ012BroadbandAccount
from .ospq012_broadband_account_net_type import OSPQ012BroadbandAccountNetType
from .ospq012_broadband_account_plan_cycle import OSPQ012BroadbandAccountPlanCycle
from .ospq012_broadband_account_renew_type import OSPQ012BroadbandAccountRenewType
from .ospq012_broadband_account_wb_status import OSPQ012BroadbandAccountWbStatus
from .ospq012_broadband_account_wb_type import OSPQ012BroadbandAccountWbType
from .ospq012_reply import OSPQ012Reply
from .ospq013_address import OSPQ013Address
from .ospq013_reply import OSPQ013Reply
from .ospq014_request import OSPQ014Request
from .ospq014_request_biz_type_code import OSPQ014RequestBizTypeCode
from .ospq014_result import OSPQ014Result
from .ospq014_result_biz_code import OSPQ014ResultBizCode
from .ospq014_result_biz_type_code import OSPQ014ResultBizTypeCode
from .ospq015_reply import OSPQ015Reply
from .ospq015_reply_biz_code import OSPQ015ReplyBizCode
from .ospq015_reply_is_local import OSPQ015ReplyIsLocal
from .ospq016_action import OSPQ016Action
from .ospq016_biz_info import OSPQ016BizInfo
from .ospq016_biz_info_product_type import OSPQ016BizInfoProductType
from .ospq016_product import OSPQ016Product
from .ospq016_product_info import OSPQ016ProductInfo
from .ospq016_product_info_biz_type import OSPQ016ProductInfoBizType
from .ospq016_reply import OSPQ016Reply
from .ospq016_reply_biz_code import OSPQ016ReplyBizCode
from .ospq017_in_plan import OSPQ017InPlan
from .ospq017_out_plan import OSPQ017OutPlan
from .ospq017_out_plan_meal_info_up_code import OSPQ017OutPlanMealInfoUpCode
from .ospq017_out_plan_usage import OSPQ017OutPlanUsage
from .ospq017_out_plan_usage_classify import OSPQ017OutPlanUsageClassify
from .ospq017_out_plan_usage_unit import OSPQ017OutPlanUsageUnit
from .ospq017_package import OSPQ017Package
from .ospq017_reply import OSPQ017Reply
from .ospq017_reply_biz_code import OSPQ017ReplyBizCode
from .ospq017_resource import OSPQ017Resource
from .ospq017_resource_is_multi_term import OSPQ017ResourceIsMultiTerm
from .ospq017_resource_left import OSPQ017ResourceLeft
from .ospq017_resource_left_unit import OSPQ017ResourceLeftUnit
from .ospq017_resource_resources_code import OSPQ017ResourceResourcesCode
from .ospq017_sec_resource import OSPQ017SecResource
from .ospq018_reply import OSPQ018Reply
from .ospq018_reply_biz_code import OSPQ018ReplyBizCode
from .ospq019_package_usage import OSPQ019PackageUsage
from .ospq019_package_usage_gprs_cumulate_type import OSPQ019PackageUsageGprsCumulateType
from .ospq019_package_usage_gprs_import_type import OSPQ019PackageUsageGprsImportType
from .ospq019_package_usage_gprs_net_type import OSPQ019PackageUsageGprsNetType
from .ospq019_package_usage_gprs_product_type import OSPQ019PackageUsageGprsProductType
from .ospq019_package_usage_gprs_rate_type import OSPQ019PackageUsageGprsRateType
from .ospq019_package_usage_gprs_send_type import OSPQ019PackageUsageGprsSendType
from .ospq019_package_usage_gprs_share_type import OSPQ019PackageUsageGprsShareType
from .ospq019_package_usage_gprs_use_type import OSPQ019PackageUsageGprsUseType
from .ospq019_reply import OSPQ019Reply
from .ospq019_reply_biz_code import OSPQ019ReplyBizCode
from .ospq020_reply import OSPQ020Reply
from .ospq020_reply_biz_code import OSPQ020ReplyBizCode
from .ospq021_bill_material import OSPQ021BillMaterial
from .ospq021_bill_rec import OSPQ021BillRec
from .ospq021_reply import OSPQ021Reply
from .ospq021_reply_biz_code import OSPQ021ReplyBizCode
from .ospq021_third_item import OSPQ021ThirdItem
from .ospq022_point_type import OSPQ022PointType
from .ospq022_point_type_point_type import OSPQ022PointTypePointType
from .ospq022_reply import OSPQ022Reply
from .ospq022_reply_biz_code import OSPQ022ReplyBizCode
from .ospq023_point_qry_rec import OSPQ023PointQryRec
from .ospq023_point_qry_rec_trade_res_code import OSPQ023PointQryRecTradeResCode
from .ospq023_reply import OSPQ023Reply
from .ospq023_reply_biz_code import OSPQ023ReplyBizCode
from .ospq023_result import OSPQ023Result
from .ospq023_result_release_point_type import OSPQ023ResultReleasePointType
from .ospq024_point_qry_rec import OSPQ024PointQryRec
from .ospq024_point_qry_rec_trade_res_code import OSPQ024PointQryRecTradeResCode
from .ospq024_reply import OSPQ024Reply
from .ospq024_reply_biz_code import OSPQ024ReplyBizCode
from .ospq024_result import OSPQ024Result
from .ospq024_result_used_way_code import OSPQ024ResultUsedWayCode
from .query_account_balance_v2_service_type import QueryAccountBalanceV2ServiceType
from .query_available_points_service_type import QueryAvailablePointsServiceType
from .query_broadband_addresses_address_type import QueryBroadbandAddressesAddressType
from .query_broadband_info_service_no_type import QueryBroadbandInfoServiceNoType
from .query_data_usage_service_type import QueryDataUsageServiceType
from .query_monthly_bill_service_type import QueryMonthlyBillServiceType
from .query_number_city_service_type import QueryNumberCityServiceType
from .query_ordered_business_busi_type import QueryOrderedBusinessBusiType
from .query_ordered_business_service_type import QueryOrderedBusinessServiceType
from .query_package_usage_service_type import QueryPackageUsageServiceType
from .query_points_accrual_details_service_type import QueryPointsAccrualDetailsServiceType
from .query_points_usage_details_service_type import QueryPointsUsageDetailsServiceType
from .query_star_level_service_type import QueryStarLevelServiceType
from .rsp_code_取值 import RspCode取值
from .附录一号码状态校验结果码 import 附录一号码状态校验结果码
from .附录七渠道编码 import 附录七渠道编码
from .附录三证件类型 import 附录三证件类型
from .附录九用户星级编码 import 附录九用户星级编码
from .附录二业务资格校验结果码 import 附录二业务资格校验结果码
from .附录五退货单状态 import 附录五退货单状态
from .附录八省份编码附录十八省编码表 import 附录八省份编码附录十八省编码表
from .附录六投诉类型 import 附录六投诉类型
from .附录十一产品类型编码表 import 附录十一产品类型编码表
from .附录十三物流公司编码 import 附录十三物流公司编码
from .附录十二支付方式取值表 import 附录十二支付方式取值表
from .附录十五支付结果代码 import 附录十五支付结果代码
from .附录十八地域编码表地市编码表 import 附录十八地域编码表地市编码表
from .附录十六系统编码 import 附录十六系统编码
from .附录十四银行简码 import 附录十四银行简码
from .附录十用户状态编码 import 附录十用户状态编码
from .附录四订单状态 import 附录四订单状态

__all__ = (
    "CheckBizQualificationNumType",
    "CheckNumberStatusNumType",
    "CheckRealNameIdentityServiceType",
    "OSPB001Reply",
    "OSPB002Reply",
    "OSPB003Reply",
    "OSPB003ReplyBizCode",
    "OSPB003Request",
    "OSPB003RequestIsDistribution",
    "OSPB003SubOrder",
    "OSPB003SubOrderNumberType",
    "OSPB004Reply",
    "OSPB004ReplyBizCode",
    "OSPB004Request",
    "OSPB004RequestIsGoodsReturn",
    "OSPB004RequestRefundType",
    "OSPB005Reply",
    "OSPB005ReplyBizCode",
    "OSPB006Reply",
    "OSPB006ReplyBizCode",
    "OSPB007Reply",
    "OSPB007ReplyBizCode",
    "OSPB008Reply",
    "OSPB008ReplyBizCode",
    "OSPB009Reply",
    "OSPB009ReplyBizCode",
    "OSPB009Request",
    "OSPB009RequestOprType",
    "OSPB010ImeiResult",
    "OSPB010ImeiResultBizCode",
    "OSPB014BossProduct",
    "OSPB014BossProductBossProductType",
    "OSPB014BossProductOprCode",
    "OSPB014Reply",
    "OSPB014ReplyBizCode",
    "OSPB014Request",
    "OSPB014RequestIdType",
    "OSPB015Reply",
    "OSPB015ReplyBizCode",
    "OSPB015ReplyCustomIdStatus",
    "OSPB015ReplyIdentCodeLevel",
    "OSPB015ReplyIdentCodeType",
    "OSPB015Request",
    "OSPB015RequestUserType",
    "OSPB015UserInfo",
    "OSPB016Reply",
    "OSPB016ReplyBizCode",
    "OSPB017ActivityInfo",
    "OSPB017ActivityInfoActivityType",
    "OSPB017ConsigneeInfo",
    "OSPB017GoodsInfo",
    "OSPB017InvoiceInfo",
    "OSPB017InvoiceInfoInvoiceType",
    "OSPB017PaymentInfo",
    "OSPB017PaymentInfoChargeType",
    "OSPB017PaymentInfoServiceFeeRefundable",
    "OSPB017Reply",
    "OSPB017ReplyBizCode",
    "OSPB017Request",
    "OSPB017RequestNeedDistribution",
    "OSPB017RequestNeedInvoice",
    "OSPB017SubOrder",
    "OSPB017SubscriberInfo",
    "OSPB017SubscriberInfoNumberbrand",
    "OSPB017SubscriberInfoNumberOprType",
    "OSPB017SubscriberInfoNumberType",
    "OSPB018Reply",
    "OSPB018ReplyBizCode",
    "OSPB019Reply",
    "OSPB019Request",
    "OSPB019RequestCheckType",
    "OSPB019RequestServiceType",
    "OSPB020Reply",
    "OSPB021Reply",
    "OSPB021ReplyBizCode",
    "OSPB021Request",
    "OSPB021RequestNeedRefund",
    "OSPB021RequestReturnType",
    "OSPB021RequestServiceNoType",
    "OSPB021ReturnGoods",
    "OSPB022CouponBusiRel",
    "OSPB022CouponData",
    "OSPB022Reply",
    "OSPB022ReplyBizCode",
    "OSPB022Request",
    "OSPB022RequestLoginType",
    "OSPB022RequestOprType",
    "OSPB023Reply",
    "OSPB023ReplyBizCode",
    "OSPB023Request",
    "OSPB023SubOrder",
    "OSPB023SubOrderStatus",
    "OSPB024Reply",
    "OSPB024ReplyBizCode",
    "OSPB024Request",
    "OSPB024RequestRefundStatus",
    "OSPC001Reply",
    "OSPC001ReplyBizCode",
    "OSPC001Request",
    "OSPC001RequestSvcTypeId",
    "OSPC001RequestUrgentId",
    "OSPC002Reply",
    "OSPC002ReplyBizCode",
    "OSPC002Request",
    "OSPC002RequestIsFact",
    "OSPC002RequestIsNormal",
    "OSPC002RequestIsRegualted",
    "OSPC002RequestIsReturnFee",
    "OSPC002RequestIsSolved",
    "OSPC003Reply",
    "OSPC003ReplyBizCode",
    "OSPC003Request",
    "OSPC003RequestIsQualified",
    "OSPC003RequestReqSatisfaction",
    "OSPC003RequestSatisfaction",
    "OSPC004Reply",
    "OSPC004ReplyBizCode",
    "OSPC004Request",
    "OSPC005Reply",
    "OSPC005ReplyBizCode",
    "OSPC005Request",
    "OSPC006Reply",
    "OSPC006ReplyBizCode",
    "OSPC006Request",
    "OSPC007Reply",
    "OSPC007ReplyBizCode",
    "OSPC007Request",
    "OSPC008Reply",
    "OSPC008ReplyBizCode",
    "OSPC008ReplyStatus",
    "OSPF001Reply",
    "OSPF001ReplyBizCode",
    "OSPF001Request",
    "OSPF001RequestOrderResult",
    "OSPF002Reply",
    "OSPF002ReplyBizCode",
    "OSPF002Request",
    "OSPF002RequestRefundResult",
    "OSPF002RequestRefundType",
    "OSPF003Reply",
    "OSPF003ReplyBizCode",
    "OSPF003Request",
    "OSPF003RequestStatus",
    "OSPF004Reply",
    "OSPF004ReplyBizCode",
    "OSPF004Request",
    "OSPF004RequestOrigin",
    "OSPF004RequestProductType",
    "OSPF004RequestStatus",
    "OSPF005Reply",
    "OSPF005ReplyBizCode",
    "OSPF005Request",
    "OSPF005RequestProductType",
    "OSPO001Reply",
    "OSPO001ReplyCategory",
    "OSPO001ReplyStatus",
    "OSPP001ParametersAlipayBank",
    "OSPP001ParametersAlipayBankInputCharset",
    "OSPP001ParametersAlipayBankPaymentType",
    "OSPP001ParametersAlipayBankSignType",
    "OSPP001ParametersAlipayMobile",
    "OSPP001ParametersAlipayMobileInputCharset",
    "OSPP001ParametersAlipayMobilePaymentType",
    "OSPP001ParametersAlipayMobileSignType",
    "OSPP001ParametersAlipayNative",
    "OSPP001ParametersAlipaySignandpay",
    "OSPP001ParametersAlipayWap",
    "OSPP001ParametersAlipayWapInputCharset",
    "OSPP001ParametersAlipayWapPaymentType",
    "OSPP001ParametersAlipayWapSignType",
    "OSPP001ParametersAlipayWeb",
    "OSPP001ParametersAlipayWebInputCharset",
    "OSPP001ParametersAlipayWebPaymentType",
    "OSPP001ParametersAlipayWebSignType",
    "OSPP001ParametersCmpayWap",
    "OSPP001ParametersCmpayWeb",
    "OSPP001ParametersUnionpayApp",
    "OSPP001ParametersUnionpayApplepay",
    "OSPP001ParametersUnionpayGateway",
    "OSPP001ParametersUnionpayGatewayAccessType",
    "OSPP001ParametersUnionpayGatewayBizType",
    "OSPP001ParametersUnionpayGatewayChannelType",
    "OSPP001ParametersUnionpayGatewayCurrencyCode",
    "OSPP001ParametersUnionpayGatewaySignMethod",
    "OSPP001ParametersUnionpayGatewayTxnType",
    "OSPP001ParametersUnionpayGatewayVersion",
    "OSPP001ParametersUnionpayWap",
    "OSPP001ParametersUnionpayWapAccessType",
    "OSPP001ParametersUnionpayWapBizType",
    "OSPP001ParametersUnionpayWapChannelType",
    "OSPP001ParametersUnionpayWapCurrencyCode",
    "OSPP001ParametersUnionpayWapSignMethod",
    "OSPP001ParametersUnionpayWapTxnType",
    "OSPP001ParametersUnionpayWapVersion",
    "OSPP001ParametersWeixinApp",
    "OSPP001ParametersWeixinAppPackage",
    "OSPP001ParametersWeixinJsapi",
    "OSPP001ParametersWeixinJsapiSignType",
    "OSPP001ParametersWeixinNative",
    "OSPP001ParametersWeixinWap",
    "OSPP001Reply",
    "OSPP001Request",
    "OSPP001RequestIsVirtual",
    "OSPP001RequestNumberType",
    "OSPP001RequestPaymentLimit",
    "OSPP002Reply",
    "OSPP002ReplyBizCode",
    "OSPP002Request",
    "OSPP003Reply",
    "OSPP003Request",
    "OSPP004Reply",
    "OSPP004Request",
    "OSPP005Reply",
    "OSPP005ReplyBizCode",
    "OSPP005Request",
    "OSPP006Reply",
    "OSPP006Request",
    "OSPP009ReplyItem",
    "OSPP009Request",
    "OSPP010Reply",
    "OSPP010Request",
    "OSPP010RequestRefundType",
    "OSPP011Reply",
    "OSPP011Request",
    "OSPP012Reply",
    "OSPP012ReplyBizCode",
    "OSPP012Request",
    "OSPP013Reply",
    "OSPP013ReplyBizCode",
    "OSPP013Request",
    "OSPP014Reply",
    "OSPP014Request",
    "OSPQ002Reply",
    "OSPQ003InPlanInfo",
    "OSPQ003InPlanResInfo",
    "OSPQ003InPlanResInfoResCode",
    "OSPQ003OutPlanInfo",
    "OSPQ003OutPlanInfoResCode",
    "OSPQ003OutPlanResInfo",
    "OSPQ003OutPlanResInfoUnit",
    "OSPQ003PlanQry",
    "OSPQ003Reply",
    "OSPQ003SubResInfo",
    "OSPQ003SubResInfoIsCarryOver",
    "OSPQ003SubResInfoUnit",
    "OSPQ004Order",
    "OSPQ004SubOrder",
    "OSPQ004SubOrderOrderStatus",
    "OSPQ006BossProductInfo",
    "OSPQ006BossProductInfoBusinessType",
    "OSPQ006Reply",
    "OSPQ006ReplyBizCode",
    "OSPQ006Request",
    "OSPQ006RequestIdType",
    "OSPQ006UniQryRec",
    "OSPQ007Reply",
    "OSPQ007ReplyBizCode",
    "OSPQ008Reply",
    "OSPQ008ReplyBizCode",
    "OSPQ009PlatformError",
    "OSPQ009Reply",
    "OSPQ009ReplyInterRoamFuncstat",
    "OSPQ009ReplyServiceType",
    "OSPQ010Subscription",
    "OSPQ010SubscriptionProductStatus",
    "OSPQ010SubscriptionProductType",
    "OSPQ010SubscriptionUserId",
    "OSPQ011Usage",
    "OSPQ011UsageProductStatus",
    "OSPQ011UsageProductType",
    "OSPQ012BroadbandAccount",
    "OSPQ012BroadbandAccountNetType",
    "OSPQ012BroadbandAccountPlanCycle",
    "OSPQ012BroadbandAccountRenewType",
    "OSPQ012BroadbandAccountWbStatus",
    "OSPQ012BroadbandAccountWbType",
    "OSPQ012Reply",
    "OSPQ013Address",
    "OSPQ013Reply",
    "OSPQ014Request",
    "OSPQ014RequestBizTypeCode",
    "OSPQ014Result",
    "OSPQ014ResultBizCode",
    "OSPQ014ResultBizTypeCode",
    "OSPQ015Reply",
    "OSPQ015ReplyBizCode",
    "OSPQ015ReplyIsLocal",
    "OSPQ016Action",
    "OSPQ016BizInfo",
    "OSPQ016BizInfoProductType",
    "OSPQ016Product",
    "OSPQ016ProductInfo",
    "OSPQ016ProductInfoBizType",
    "OSPQ016Reply",
    "OSPQ016ReplyBizCode",
    "OSPQ017InPlan",
    "OSPQ017OutPlan",
    "OSPQ017OutPlanMealInfoUpCode",
    "OSPQ017OutPlanUsage",
    "OSPQ017OutPlanUsageClassify",
    "OSPQ017OutPlanUsageUnit",
    "OSPQ017Package",
    "OSPQ017Reply",
    "OSPQ017ReplyBizCode",
    "OSPQ017Resource",
    "OSPQ017ResourceIsMultiTerm",
    "OSPQ017ResourceLeft",
    "OSPQ017ResourceLeftUnit",
    "OSPQ017ResourceResourcesCode",
    "OSPQ017SecResource",
    "OSPQ018Reply",
    "OSPQ018ReplyBizCode",
    "OSPQ019PackageUsage",
    "OSPQ019PackageUsageGprsCumulateType",
    "OSPQ019PackageUsageGprsImportType",
    "OSPQ019PackageUsageGprsNetType",
    "OSPQ019PackageUsageGprsProductType",
    "OSPQ019PackageUsageGprsRateType",
    "OSPQ019PackageUsageGprsSendType",
    "OSPQ019PackageUsageGprsShareType",
    "OSPQ019PackageUsageGprsUseType",
    "OSPQ019Reply",
    "OSPQ019ReplyBizCode",
    "OSPQ020Reply",
    "OSPQ020ReplyBizCode",
    "OSPQ021BillMaterial",
    "OSPQ021BillRec",
    "OSPQ021Reply",
    "OSPQ021ReplyBizCode",
    "OSPQ021ThirdItem",
    "OSPQ022PointType",
    "OSPQ022PointTypePointType",
    "OSPQ022Reply",
    "OSPQ022ReplyBizCode",
    "OSPQ023PointQryRec",
    "OSPQ023PointQryRecTradeResCode",
    "OSPQ023Reply",
    "OSPQ023ReplyBizCode",
    "OSPQ023Result",
    "OSPQ023ResultReleasePointType",
    "OSPQ024PointQryRec",
    "OSPQ024PointQryRecTradeResCode",
    "OSPQ024Reply",
    "OSPQ024ReplyBizCode",
    "OSPQ024Result",
    "OSPQ024ResultUsedWayCode",
    "QueryAccountBalanceV2ServiceType",
    "QueryAvailablePointsServiceType",
    "QueryBroadbandAddressesAddressType",
    "QueryBroadbandInfoServiceNoType",
    "QueryDataUsageServiceType",
    "QueryMonthlyBillServiceType",
    "QueryNumberCityServiceType",
    "QueryOrderedBusinessBusiType",
    "QueryOrderedBusinessServiceType",
    "QueryPackageUsageServiceType",
    "QueryPointsAccrualDetailsServiceType",
    "QueryPointsUsageDetailsServiceType",
    "QueryStarLevelServiceType",
    "RspCode取值",
    "附录一号码状态校验结果码",
    "附录七渠道编码",
    "附录三证件类型",
    "附录九用户星级编码",
    "附录二业务资格校验结果码",
    "附录五退货单状态",
    "附录八省份编码附录十八省编码表",
    "附录六投诉类型",
    "附录十一产品类型编码表",
    "附录十三物流公司编码",
    "附录十二支付方式取值表",
    "附录十五支付结果代码",
    "附录十八地域编码表地市编码表",
    "附录十六系统编码",
    "附录十四银行简码",
    "附录十用户状态编码",
    "附录四订单状态",
)
