<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../core/checks.py" line="34"/>
        <source>The facility has no name.</source>
        <translation>Cơ sở chưa có tên.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="37"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Chưa nhập địa bàn của cộng đồng.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="40"/>
        <source>No lead facilitator is named.</source>
        <translation>Chưa có tên điều phối viên chính.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="48"/>
        <source>There is no community group.</source>
        <translation>Chưa có nhóm cộng đồng nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="54"/>
        <location filename="../../core/checks.py" line="130"/>
        <source>There is no service provider group.</source>
        <translation>Chưa có nhóm bên cung cấp dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="62"/>
        <source>The {group} group has no participants.</source>
        <translation>Nhóm {group} chưa có người tham gia.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="72"/>
        <source>No input items are tracked yet.</source>
        <translation>Chưa theo dõi đầu vào nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="78"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Đầu vào &apos;{item}&apos; chưa có giá trị thực tế.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="87"/>
        <source>No issues have been raised yet.</source>
        <translation>Chưa có vấn đề nào được nêu.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="94"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Chưa chọn chỉ số nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="141"/>
        <source>The interface meeting has no date.</source>
        <translation>Cuộc họp đối thoại chưa có ngày.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="147"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Chưa ghi nhận cán bộ nào dự cuộc họp đối thoại.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="156"/>
        <source>The action plan has no actions.</source>
        <translation>Kế hoạch hành động chưa có hoạt động nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="162"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Hoạt động &apos;{action}&apos; chưa có người phụ trách.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="170"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Hoạt động &apos;{action}&apos; chưa có hạn hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="183"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Chưa ghi nhận theo dõi cho hoạt động nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="209"/>
        <source>There is no women&apos;s group.</source>
        <translation>Chưa có nhóm phụ nữ.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no youth group.</source>
        <translation>Chưa có nhóm thanh niên.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="221"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Phụ nữ chiếm {percent}% số người tham gia.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="229"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Chưa ghi nhận người tham gia nào bị khuyết tật.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="234"/>
        <source>No young participant is recorded.</source>
        <translation>Chưa ghi nhận người tham gia trẻ tuổi nào.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="31"/>
        <location filename="../../reports/blank_sheets.py" line="281"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="32"/>
        <source>Facilitator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="42"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="53"/>
        <location filename="../../reports/blank_sheets.py" line="98"/>
        <location filename="../../reports/blank_sheets.py" line="124"/>
        <location filename="../../reports/blank_sheets.py" line="169"/>
        <location filename="../../reports/blank_sheets.py" line="248"/>
        <location filename="../../reports/results.py" line="283"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="54"/>
        <location filename="../../reports/blank_sheets.py" line="99"/>
        <location filename="../../reports/blank_sheets.py" line="125"/>
        <location filename="../../reports/head_office.py" line="181"/>
        <location filename="../../reports/results.py" line="63"/>
        <location filename="../../reports/results.py" line="117"/>
        <location filename="../../reports/results.py" line="188"/>
        <location filename="../../reports/results.py" line="264"/>
        <location filename="../../reports/results.py" line="284"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="55"/>
        <location filename="../../reports/results.py" line="64"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="57"/>
        <location filename="../../reports/results.py" line="190"/>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="74"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="79"/>
        <source>Participant number</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="80"/>
        <location filename="../../reports/head_office.py" line="109"/>
        <location filename="../../reports/results.py" line="189"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Khoanh một hình mặt cho mỗi chỉ số. Không ghi tên của bạn.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="100"/>
        <source>Your score</source>
        <translation>Điểm của bạn</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="108"/>
        <source>Tally sheet</source>
        <translation>Phiếu kiểm đếm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="116"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Đếm số người giơ tay cho mỗi mức và ghi số lượng.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="140"/>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="141"/>
        <source>Minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="142"/>
        <source>Poor</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="143"/>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="150"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>Danh sách tham dự</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="159"/>
        <source>Gender: F, M or O. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Giới tính: F (nữ), M (nam) hoặc O (khác). Nhóm tuổi: dưới 18, 18–24, 25–34, 35–49, 50–64, 65+. Đánh dấu nếu đúng; không bắt buộc ghi tên.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="170"/>
        <source>Name (optional)</source>
        <translation>Họ tên (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="171"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="172"/>
        <source>Age band</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="174"/>
        <source>Signature or thumbprint</source>
        <translation>Chữ ký hoặc điểm chỉ</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="197"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>Bảng theo dõi đầu vào</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="201"/>
        <source>Input or service</source>
        <translation>Đầu vào hoặc dịch vụ</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="202"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="203"/>
        <source>Entitlement</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>Source of entitlement</source>
        <translation>Căn cứ định mức</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <location filename="../../reports/results.py" line="120"/>
        <location filename="../../reports/results.py" line="230"/>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="207"/>
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="233"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>Phiếu ưu tiên vấn đề</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="238"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Mỗi vấn đề chỉ ghi một lần. Mọi người cùng bỏ phiếu; các vấn đề nhiều phiếu nhất sẽ trở thành chỉ số.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="249"/>
        <source>Issue</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="250"/>
        <source>Raised by</source>
        <translation>Người nêu</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="270"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Service provider</source>
        <translation>Bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="271"/>
        <source>Community representative</source>
        <translation>Đại diện cộng đồng</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="272"/>
        <source>Local official</source>
        <translation>Cán bộ địa phương</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="279"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="280"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="289"/>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="300"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>Mẫu kế hoạch hành động</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="304"/>
        <source>Indicator or issue</source>
        <translation>Chỉ số hoặc vấn đề</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="305"/>
        <location filename="../../reports/head_office.py" line="245"/>
        <location filename="../../reports/results.py" line="88"/>
        <location filename="../../reports/results.py" line="285"/>
        <location filename="../../reports/results.py" line="351"/>
        <source>Action</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="306"/>
        <location filename="../../reports/head_office.py" line="246"/>
        <location filename="../../reports/results.py" line="286"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="307"/>
        <source>Institution</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="308"/>
        <location filename="../../reports/head_office.py" line="247"/>
        <location filename="../../reports/results.py" line="287"/>
        <location filename="../../reports/results.py" line="353"/>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="309"/>
        <location filename="../../reports/results.py" line="288"/>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="310"/>
        <location filename="../../reports/results.py" line="291"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="225"/>
        <source>Round {n}</source>
        <translation>Vòng {n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="42"/>
        <location filename="../../reports/registry.py" line="42"/>
        <source>Report for head office</source>
        <translation>Báo cáo gửi văn phòng trung ương</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="45"/>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="48"/>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="52"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="55"/>
        <location filename="../../reports/head_office.py" line="182"/>
        <location filename="../../reports/results.py" line="118"/>
        <location filename="../../reports/results.py" line="159"/>
        <location filename="../../reports/results.py" line="233"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="56"/>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Scale</source>
        <translation>Thang điểm</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="59"/>
        <source>Scoring</source>
        <translation>Cách chấm điểm</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="62"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Lead facilitator</source>
        <translation>Điều phối viên chính</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <source>Next review</source>
        <translation>Lần rà soát tới</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="68"/>
        <source>Training cycle</source>
        <translation>Chu kỳ tập huấn</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="72"/>
        <source>Stage dates</source>
        <translation>Ngày của các bước</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="75"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Days late</source>
        <translation>Số ngày trễ</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="106"/>
        <source>Participation</source>
        <translation>Sự tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="110"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="117"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="130"/>
        <source>Community participants by attribute</source>
        <translation>Người tham gia của cộng đồng theo đặc điểm</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Count (share)</source>
        <translation>Số lượng (tỷ lệ)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="141"/>
        <source>Gender not recorded</source>
        <translation>Chưa ghi giới tính</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="147"/>
        <source>Age {band}</source>
        <translation>Tuổi {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="150"/>
        <source>With a disability</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>From a minority</source>
        <translation>Người dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>Poor households</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="164"/>
        <location filename="../../reports/results.py" line="265"/>
        <source>Scores</source>
        <translation>Điểm số</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="167"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes rounds on different scales comparable. The trend lists the community score (0–100) by round.</source>
        <translation>Điểm thô là trung vị trên thang điểm của chu kỳ; thang 0–100 giúp so sánh các vòng dùng thang điểm khác nhau. Xu hướng liệt kê điểm của cộng đồng (0–100) theo từng vòng.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="178"/>
        <source>R{n}</source>
        <translation>V{n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="183"/>
        <source>Community 0–100</source>
        <translation>Cộng đồng 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="184"/>
        <source>Provider</source>
        <translation>Bên cung cấp</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="185"/>
        <source>Provider 0–100</source>
        <translation>Bên cung cấp 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="186"/>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="222"/>
        <source>Action plan completion</source>
        <translation>Tiến độ kế hoạch hành động</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="226"/>
        <source>Actions agreed</source>
        <translation>Số hoạt động đã thống nhất</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="228"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="231"/>
        <source>Still open</source>
        <translation>Còn đang mở</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="232"/>
        <location filename="../../reports/head_office.py" line="251"/>
        <location filename="../../reports/results.py" line="348"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="234"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Đã chuyển lên cấp trên (không giải quyết được tại chỗ)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Overdue and escalated actions</source>
        <translation>Hoạt động quá hạn và đã chuyển lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <source>Escalated</source>
        <translation>Đã chuyển lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="206"/>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="229"/>
        <source>Printed {date}</source>
        <translation>In ngày {date}</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="36"/>
        <source>Participant stickers</source>
        <translation>Nhãn dán số người tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="37"/>
        <location filename="../../reports/results.py" line="53"/>
        <source>Community scorecard results</source>
        <translation>Kết quả chấm điểm của cộng đồng</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="147"/>
        <source>Report for the service provider</source>
        <translation>Báo cáo cho bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="228"/>
        <source>Interface meeting: community and provider</source>
        <translation>Họp đối thoại: cộng đồng và bên cung cấp</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="315"/>
        <source>Joint action plan</source>
        <translation>Kế hoạch hành động chung</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="337"/>
        <source>Follow-up checklist</source>
        <translation>Danh mục theo dõi</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="65"/>
        <location filename="../../reports/results.py" line="267"/>
        <source>Main reason</source>
        <translation>Lý do chính</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="83"/>
        <source>What we agreed to do</source>
        <translation>Những việc chúng ta đã thống nhất</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="89"/>
        <source>Who</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="90"/>
        <source>By when</source>
        <translation>Khi nào xong</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="97"/>
        <location filename="../../reports/results.py" line="280"/>
        <source>No actions have been agreed yet.</source>
        <translation>Chưa thống nhất hoạt động nào.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="101"/>
        <location filename="../../reports/results.py" line="378"/>
        <source>Next review: {date}</source>
        <translation>Lần rà soát tới: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="119"/>
        <location filename="../../reports/results.py" line="160"/>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="121"/>
        <source>Previous round</source>
        <translation>Vòng trước</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="122"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="151"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Đây là vòng đầu tiên: chưa có điểm trước đó.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="154"/>
        <source>Community scores and self-assessment</source>
        <translation>Điểm của cộng đồng và điểm tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="176"/>
        <source>Strengths</source>
        <translation>Điểm mạnh</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="177"/>
        <source>Weaknesses</source>
        <translation>Điểm yếu</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="181"/>
        <location filename="../../reports/results.py" line="218"/>
        <source>None this round.</source>
        <translation>Vòng này không có.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="185"/>
        <source>Suggestions from the groups</source>
        <translation>Đề xuất của các nhóm</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="191"/>
        <source>In the plan</source>
        <translation>Có trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="195"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="277"/>
        <source>Actions</source>
        <translation>Các hoạt động</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="321"/>
        <source>Interface meeting: {date}</source>
        <translation>Họp đối thoại: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="342"/>
        <source>Visit date</source>
        <translation>Ngày đến thăm</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="343"/>
        <source>Visited by</source>
        <translation>Người đến thăm</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="354"/>
        <source>Status so far</source>
        <translation>Tình trạng đến nay</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="355"/>
        <source>Done?</source>
        <translation>Xong chưa?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="356"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="69"/>
        <source>Participant</source>
        <translation>Người tham gia</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../core/scales.py" line="18"/>
        <source>Very bad</source>
        <translation>Rất tệ</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="19"/>
        <source>Bad</source>
        <translation>Tệ</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="20"/>
        <source>Acceptable</source>
        <translation>Chấp nhận được</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="21"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="22"/>
        <source>Very good</source>
        <translation>Rất tốt</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="96"/>
        <source>1–5 with faces</source>
        <translation>1–5 với hình mặt</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="97"/>
        <source>1–10</source>
        <translation>1–10</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="98"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../core/stages.py" line="11"/>
        <source>Setup</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="12"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="13"/>
        <source>Input tracking</source>
        <translation>Theo dõi đầu vào</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="14"/>
        <source>Issues</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="15"/>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="16"/>
        <source>Community scoring</source>
        <translation>Cộng đồng chấm điểm</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="17"/>
        <source>Provider self-evaluation</source>
        <translation>Bên cung cấp tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="18"/>
        <source>Interface meeting</source>
        <translation>Cuộc họp đối thoại</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="19"/>
        <source>Action plan</source>
        <translation>Kế hoạch hành động</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="20"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/entities.py" line="18"/>
        <source>Health centre</source>
        <translation>Trạm y tế</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="19"/>
        <source>Primary school</source>
        <translation>Trường tiểu học</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="20"/>
        <source>Water point</source>
        <translation>Điểm cấp nước</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="21"/>
        <source>Local administration office</source>
        <translation>Ủy ban xã</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="24"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="25"/>
        <source>Service provider</source>
        <translation>Bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="28"/>
        <source>Women</source>
        <translation>Phụ nữ</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="29"/>
        <source>Men</source>
        <translation>Nam giới</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="30"/>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="31"/>
        <source>Elders</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="32"/>
        <source>People with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="33"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="34"/>
        <location filename="../../core/entities.py" line="56"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="37"/>
        <source>Group consensus</source>
        <translation>Nhóm đồng thuận</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="38"/>
        <source>Individual votes</source>
        <translation>Bỏ phiếu cá nhân</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="39"/>
        <source>Both</source>
        <translation>Cả hai</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="42"/>
        <location filename="../../core/entities.py" line="47"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="43"/>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="46"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="48"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="49"/>
        <source>Dropped</source>
        <translation>Đã bỏ</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="50"/>
        <source>Blocked</source>
        <translation>Bị vướng</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="54"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="55"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="61"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="62"/>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="63"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
</context>
</TS>
