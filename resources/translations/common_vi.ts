<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../scorecard_app/core/checks.py" line="+64"/>
        <source>The facility has no name.</source>
        <translation>Cơ sở chưa có tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Chưa nhập địa bàn của cộng đồng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lead facilitator is named.</source>
        <translation>Chưa có tên điều phối viên chính.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no community group.</source>
        <translation>Chưa có nhóm cộng đồng nào.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+77"/>
        <source>There is no service provider group.</source>
        <translation>Chưa có nhóm bên cung cấp dịch vụ.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The {group} group has no participants.</source>
        <translation>Nhóm {group} chưa có người tham gia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No input items are tracked yet.</source>
        <translation>Chưa theo dõi đầu vào nào.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Đầu vào &apos;{item}&apos; chưa có giá trị thực tế.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No issues have been raised yet.</source>
        <translation>Chưa có vấn đề nào được nêu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Chưa chọn chỉ số nào.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indicator &apos;{indicator}&apos; has no score from the {group} group.</source>
        <translation>Chỉ số &apos;{indicator}&apos; chưa có điểm của nhóm {group}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The interface meeting has no date.</source>
        <translation>Cuộc họp đối thoại chưa có ngày.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Chưa ghi nhận cán bộ nào dự cuộc họp đối thoại.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The action plan has no actions.</source>
        <translation>Kế hoạch hành động chưa có hoạt động nào.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Hoạt động &apos;{action}&apos; chưa có người phụ trách.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Hoạt động &apos;{action}&apos; chưa có hạn hoàn thành.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Chưa ghi nhận theo dõi cho hoạt động nào.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no women&apos;s group.</source>
        <translation>Chưa có nhóm phụ nữ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no youth group.</source>
        <translation>Chưa có nhóm thanh niên.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Phụ nữ chiếm {percent}% số người tham gia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Chưa ghi nhận người tham gia nào bị khuyết tật.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No young participant is recorded.</source>
        <translation>Chưa ghi nhận người tham gia trẻ tuổi nào.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>The due date {due} is already past; saved anyway.</source>
        <translation>Hạn {due} đã qua; vẫn được lưu.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>There are no actions to follow up yet.</source>
        <translation>Chưa có hành động nào để theo dõi.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../scorecard_app/commands/data.py" line="+31"/>
        <source>The demo is already in this database.</source>
        <translation>Bản demo đã có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the demo: 3 rounds of Riverside Health Centre ({n} cycles).</source>
        <translation>Đã thêm bản demo: 3 vòng của Riverside Health Centre ({n} chu kỳ).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cycles yet.</source>
        <translation>Chưa có chu kỳ nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id}  {facility} — {community} — round {round} — {stage} — {status}</source>
        <translation>{id}  {facility} — {community} — vòng {round} — {stage} — {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (training)</source>
        <translation> (tập huấn)</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/errors.py" line="+12"/>
        <source>Say which cycle with --cycle ID; `scorecard list` shows the ids.</source>
        <translation>Hãy cho biết chu kỳ nào bằng --cycle ID; `scorecard list` hiển thị các mã.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at {path}.</source>
        <translation>Không có cơ sở dữ liệu tại {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no cycle {id} in {path}.</source>
        <translation>Không có chu kỳ {id} trong {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {why}.</source>
        <translation>Không thể ghi {path}: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Không thể ghi {path}: thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: permission denied.</source>
        <translation>Không thể ghi {path}: không có quyền.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/open_data.py" line="+56"/>
        <source>{path} is a file; give a folder for the CSV package.</source>
        <translation>{path} là một tệp; hãy cho một thư mục cho gói CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder; give a file name ending in .json.</source>
        <translation>{path} là một thư mục; hãy cho tên tệp có đuôi .json.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say where to write the package with -o PATH.</source>
        <translation>Hãy cho biết nơi ghi gói bằng -o PATH.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>Đây là chu kỳ tập huấn: dữ liệu thực hành không bao giờ được xuất thành dữ liệu mở.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: {results} results, {indicators} indicators, {actions} actions ({licence}).</source>
        <translation>Đã ghi {path}: {results} kết quả, {indicators} chỉ số, {actions} hành động ({licence}).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/printing.py" line="+53"/>
        <source>Say what to print, e.g. `scorecard print score-sheet`; see --list.</source>
        <translation>Hãy cho biết cần in gì, ví dụ `scorecard print score-sheet`; xem --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown printable “{kind}”; `scorecard print --list` names them.</source>
        <translation>Không có bản in “{kind}”; `scorecard print --list` liệt kê các bản in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where to write the PDF with -o FILE.pdf.</source>
        <translation>Hãy cho biết nơi ghi tệp PDF bằng -o FILE.pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown language “{code}”; use one of {codes}.</source>
        <translation>Ngôn ngữ không xác định “{code}”; hãy dùng một trong {codes}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote {path}</source>
        <translation>Đã ghi {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} là một thư mục; hãy cho tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/syncing.py" line="+70"/>
        <source>Give the enrolment code after the address.</source>
        <translation>Hãy nhập mã đăng ký sau địa chỉ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is not a web address (it should start with https://).</source>
        <translation>{url} không phải là địa chỉ web (phải bắt đầu bằng https://).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolled with {url} as device {device}.</source>
        <translation>Đã đăng ký với {url} là thiết bị {device}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no server address yet: bundles only</source>
        <translation>chưa có địa chỉ máy chủ: chỉ dùng gói</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled as “{label}” (device {device}) of {organisation} ({where}). Delete the enrolment file now.</source>
        <translation>Đã đăng ký là “{label}” (thiết bị {device}) của {organisation} ({where}). Hãy xóa tệp đăng ký ngay.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Syncing… {done}/{total}</source>
        <translation>Đang đồng bộ… {done}/{total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop was enrolled from a file without a head-office address: it exchanges USB bundles (`scorecard export`, `scorecard import`).</source>
        <translation>Máy này được đăng ký từ một tệp không có địa chỉ văn phòng trung tâm: nó trao đổi dữ liệu bằng gói USB (`scorecard export`, `scorecard import`).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent {sent} changes ({conflicts} conflicts, {refused} refused, {waiting} waiting), {files} files; received {pulled} changes from head office.</source>
        <translation>Đã gửi {sent} thay đổi ({conflicts} xung đột, {refused} bị từ chối, {waiting} đang chờ), {files} tệp; đã nhận {pulled} thay đổi từ văn phòng trung tâm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run `scorecard sync status` to see what needs review.</source>
        <translation>Chạy `scorecard sync status` để xem những gì cần xem xét.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: yours {yours}, head office {theirs}</source>
        <translation>{field}: của bạn {yours}, văn phòng trung tâm {theirs}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enrolled: run `scorecard sync enrol URL CODE` (or `sync enrol-file FILE`).</source>
        <translation>Chưa đăng ký: chạy `scorecard sync enrol URL CODE` (hoặc `sync enrol-file FILE`).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device {device}: USB bundles only (no server address yet).</source>
        <translation>Thiết bị {device}: chỉ dùng gói USB (chưa có địa chỉ máy chủ).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: {url} (device {device})</source>
        <translation>Máy chủ: {url} (thiết bị {device})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles: can be signed</source>
        <translation>Gói: có thể ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles: {why}</source>
        <translation>Gói: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes waiting: {changes} (files: {files})</source>
        <translation>Thay đổi đang chờ: {changes} (tệp: {files})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: {when}</source>
        <translation>Lần đồng bộ cuối: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem: {problem}</source>
        <translation>Sự cố gần nhất: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to review: {n}</source>
        <translation>Xung đột cần xem xét: {n}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No cycle with id {id}.</source>
        <translation>Không có chu kỳ với mã {id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path}: {changes} changes, {files} files. Carry it to head office.</source>
        <translation>Đã ghi {path}: {changes} thay đổi, {files} tệp. Hãy mang nó đến văn phòng trung tâm.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>head office</source>
        <translation>văn phòng trung tâm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device {device}</source>
        <translation>thiết bị {device}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {n} refused (they change a finished cycle)</source>
        <translation>; {n} bị từ chối (chúng thay đổi một chu kỳ đã kết thúc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {bundle} from {source} (signature checked): {applied} changes applied, {skipped} already here{refused}.</source>
        <translation>Đã nhập {bundle} từ {source} (đã kiểm tra chữ ký): áp dụng {applied} thay đổi, {skipped} đã có sẵn{refused}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/cli.py" line="+21"/>
        <source>{program}: {problem}</source>
        <translation>{program}: {problem}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A scorecard:// link opens the app: give it on its own.</source>
        <translation>Liên kết scorecard:// mở ứng dụng: hãy dùng nó riêng một mình.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../scorecard_app/reports/blank_sheets.py" line="+34"/>
        <location line="+337"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Facilitator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+31"/>
        <source>Score sheet</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+125"/>
        <location line="+70"/>
        <location line="+87"/>
        <location filename="../../scorecard_app/reports/results.py" line="+372"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+125"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+195"/>
        <location filename="../../scorecard_app/reports/results.py" line="-271"/>
        <location line="+70"/>
        <location line="+101"/>
        <location line="+79"/>
        <location line="+22"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="-124"/>
        <location filename="../../scorecard_app/reports/results.py" line="-270"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+171"/>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Ballot</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant number</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="-85"/>
        <location filename="../../scorecard_app/reports/results.py" line="-1"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Khoanh một hình mặt cho mỗi chỉ số. Không ghi tên của bạn.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Tally sheet</source>
        <translation>Phiếu kiểm đếm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Đếm số người giơ tay cho mỗi mức và ghi số lượng.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>F</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Giới tính: {codes}. Nhóm tuổi: dưới 18, 18–24, 25–34, 35–49, 50–64, 65+. Đánh dấu mục phù hợp; không bắt buộc ghi tên.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+44"/>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Attendance sheet</source>
        <translation>Danh sách tham dự</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (optional)</source>
        <translation>Họ tên (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature or thumbprint</source>
        <translation>Chữ ký hoặc điểm chỉ</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Input tracking matrix</source>
        <translation>Bảng theo dõi đầu vào</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input or service</source>
        <translation>Đầu vào hoặc dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of entitlement</source>
        <translation>Căn cứ định mức</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="-76"/>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-101"/>
        <location line="+142"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+170"/>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Issue prioritisation sheet</source>
        <translation>Phiếu ưu tiên vấn đề</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Mỗi vấn đề chỉ ghi một lần. Mọi người cùng bỏ phiếu; các vấn đề nhiều phiếu nhất sẽ trở thành chỉ số.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Người nêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
        <source>Service provider</source>
        <translation>Bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community representative</source>
        <translation>Đại diện cộng đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local official</source>
        <translation>Cán bộ địa phương</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Action plan form</source>
        <translation>Mẫu kế hoạch hành động</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator or issue</source>
        <translation>Chỉ số hoặc vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+196"/>
        <location filename="../../scorecard_app/reports/results.py" line="-177"/>
        <location line="+233"/>
        <location line="+76"/>
        <source>Action</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/common.py" line="+20"/>
        <location filename="../../scorecard_app/reports/layout.py" line="+290"/>
        <source>Round {n}</source>
        <translation>Vòng {n}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="-233"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+9"/>
        <source>Report for head office</source>
        <translation>Báo cáo gửi văn phòng trung ương</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <location line="+12"/>
        <location filename="../../scorecard_app/reports/results.py" line="-205"/>
        <location line="+57"/>
        <location line="+84"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-1"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Thang điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring</source>
        <translation>Cách chấm điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead facilitator</source>
        <translation>Điều phối viên chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <location filename="../../scorecard_app/reports/results.py" line="+65"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="-211"/>
        <location filename="../../scorecard_app/reports/results.py" line="-331"/>
        <source>Next review</source>
        <translation>Lần rà soát tới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training cycle</source>
        <translation>Chu kỳ tập huấn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage dates</source>
        <translation>Ngày của các bước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late</source>
        <translation>Số ngày trễ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Participation</source>
        <translation>Sự tham gia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Community participants by attribute</source>
        <translation>Người tham gia của cộng đồng theo đặc điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (share)</source>
        <translation>Số lượng (tỷ lệ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gender not recorded</source>
        <translation>Chưa ghi giới tính</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age {band}</source>
        <translation>Tuổi {band}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a disability</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a minority</source>
        <translation>Người dân tộc thiểu số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor households</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../scorecard_app/reports/results.py" line="+301"/>
        <source>Scores</source>
        <translation>Điểm số</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>Điểm thô là trung vị trên thang của chu kỳ; 0–100 giúp so sánh các chu kỳ có thang khác nhau. Xu hướng liệt kê điểm của cộng đồng và của bên cung cấp qua từng vòng, theo đơn vị thang của vòng này.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rounds {first}–{last}</source>
        <translation>Vòng {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>Điểm của các vòng {rounds} trên thang {scale}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>R{n}</source>
        <translation>V{n}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="+8"/>
        <source>Community 0–100</source>
        <translation>Cộng đồng 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Provider</source>
        <translation>Bên cung cấp</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Provider 0–100</source>
        <translation>Bên cung cấp 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Action plan completion</source>
        <translation>Tiến độ kế hoạch hành động</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions agreed</source>
        <translation>Số hoạt động đã thống nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open</source>
        <translation>Còn đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location filename="../../scorecard_app/reports/results.py" line="+96"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Đã chuyển lên cấp trên (không giải quyết được tại chỗ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unfinished from earlier rounds</source>
        <translation>Chưa xong từ các vòng trước</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue and escalated actions</source>
        <translation>Hoạt động quá hạn và đã chuyển lên cấp trên</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/results.py" line="-65"/>
        <location line="+85"/>
        <source>Escalated</source>
        <translation>Đã chuyển lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/layout.py" line="-68"/>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Printed {date}</source>
        <translation>In ngày {date}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/registry.py" line="-8"/>
        <source>Participant stickers</source>
        <translation>Nhãn dán số người tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-392"/>
        <source>Community scorecard results</source>
        <translation>Kết quả chấm điểm của cộng đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+145"/>
        <source>Report for the service provider</source>
        <translation>Báo cáo cho bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+91"/>
        <source>Interface meeting: community and provider</source>
        <translation>Họp đối thoại: cộng đồng và bên cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+102"/>
        <source>Joint action plan</source>
        <translation>Kế hoạch hành động chung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+23"/>
        <source>Follow-up checklist</source>
        <translation>Danh mục theo dõi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-30"/>
        <source>Trends across rounds</source>
        <translation>Xu hướng qua các vòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-2"/>
        <source>Trends across rounds: wall chart</source>
        <translation>Xu hướng qua các vòng: biểu đồ treo tường</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/results.py" line="-330"/>
        <location line="+247"/>
        <source>Main reason</source>
        <translation>Lý do chính</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>What we agreed to do</source>
        <translation>Những việc chúng ta đã thống nhất</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Khi nào xong</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+219"/>
        <source>No actions have been agreed yet.</source>
        <translation>Chưa thống nhất hoạt động nào.</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+55"/>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Previous round</source>
        <translation>Vòng trước</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+139"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+8"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Đây là vòng đầu tiên: chưa có điểm trước đó.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>New this round</source>
        <translation>Mới trong vòng này</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>Vòng {then} {arrow} vòng {now}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This round</source>
        <translation>Vòng này</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Community scores and self-assessment</source>
        <translation>Điểm của cộng đồng và điểm tự đánh giá</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Strengths</source>
        <translation>Điểm mạnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaknesses</source>
        <translation>Điểm yếu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>None this round.</source>
        <translation>Vòng này không có.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Suggestions from the groups</source>
        <translation>Đề xuất của các nhóm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the plan</source>
        <translation>Có trong kế hoạch</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Actions</source>
        <translation>Các hoạt động</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Interface meeting: {date}</source>
        <translation>Họp đối thoại: {date}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Visit date</source>
        <translation>Ngày đến thăm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited by</source>
        <translation>Người đến thăm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status so far</source>
        <translation>Tình trạng đến nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done?</source>
        <translation>Xong chưa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Agreed in round {n}</source>
        <translation>Thống nhất ở vòng {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>{n} hoạt động chưa xong từ các vòng trước được chuyển sang.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/stickers.py" line="+70"/>
        <source>Participant</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/context.py" line="+146"/>
        <source>no change</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up {n}</source>
        <translation>tăng {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down {n}</source>
        <translation>giảm {n}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="+24"/>
        <source>Very bad</source>
        <translation>Rất tệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Tệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable</source>
        <translation>Chấp nhận được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Rất tốt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” không phải là số.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is outside the scale {low}–{high}.</source>
        <translation>{value} nằm ngoài thang điểm {low}–{high}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number: scores on this scale are whole numbers from {low} to {high}.</source>
        <translation>{value} không phải là số nguyên: điểm trên thang này là số nguyên từ {low} đến {high}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a step of this scale (steps of {step}).</source>
        <translation>{value} không phải là một bậc của thang này (mỗi bậc {step}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Votes, consensus scores and shows of hands go from {low} to {high} in half points; results (medians) can fall between them.</source>
        <translation>Phiếu, điểm đồng thuận và biểu quyết giơ tay đi từ {low} đến {high} theo từng nửa điểm; kết quả (trung vị) có thể nằm giữa các mức đó.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1–5 with faces</source>
        <translation>1–5 với hình mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–10</source>
        <translation>1–10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/core/aggregation.py" line="+23"/>
        <source>Rounds on the same scale are compared in that scale&apos;s units. A round scored on another scale is re-expressed on this round&apos;s scale through 0–100: its score&apos;s position between the lowest and the highest mark is kept.</source>
        <translation>Các vòng cùng thang điểm được so sánh theo đơn vị của thang đó. Vòng chấm theo thang khác được quy đổi sang thang của vòng này qua 0–100: giữ nguyên vị trí của điểm giữa mức thấp nhất và cao nhất.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="-47"/>
        <source>Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; only results (medians) can fall between two.</source>
        <translation>Phiếu, điểm đồng thuận và biểu quyết giơ tay là số nguyên từ {low} đến {high}; chỉ kết quả (trung vị) mới có thể nằm giữa hai số.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../scorecard_app/core/stages.py" line="+11"/>
        <source>Setup</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tracking</source>
        <translation>Theo dõi đầu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community scoring</source>
        <translation>Cộng đồng chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider self-evaluation</source>
        <translation>Bên cung cấp tự đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>Cuộc họp đối thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Kế hoạch hành động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../scorecard_app/store/connection.py" line="+81"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. The newest good backup is {backup}.</source>
        <translation>{path} bị hỏng hoặc không phải là cơ sở dữ liệu Scorecard{detail}. Bản sao lưu tốt mới nhất là {backup}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. No good backup was found.</source>
        <translation>{path} bị hỏng hoặc không phải là cơ sở dữ liệu Scorecard{detail}. Không tìm thấy bản sao lưu tốt nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be checked: {why}.</source>
        <translation>Không thể kiểm tra {path}: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily backup of {path} could not be made: {why}.</source>
        <translation>Không thể tạo bản sao lưu hằng ngày của {path}: {why}.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{path} is a folder, not a Scorecard database file.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu Scorecard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read and written; check its permissions.</source>
        <translation>Không thể đọc và ghi {path}; hãy kiểm tra quyền truy cập.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be opened: {why}.</source>
        <translation>Không thể mở {path}: {why}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{path} could not be prepared: {why}.</source>
        <translation>Không thể chuẩn bị {path}: {why}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/replica.py" line="+47"/>
        <source>This database has no folder for attached files.</source>
        <translation>Cơ sở dữ liệu này không có thư mục cho tệp đính kèm.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is damaged: its content does not match its checksum.</source>
        <translation>{name} bị hỏng: nội dung không khớp với mã kiểm tra.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{subject}” is not something a photo can be attached to.</source>
        <translation>Không thể đính kèm ảnh vào “{subject}”.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>That photo is not there any more.</source>
        <translation>Ảnh đó không còn nữa.</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>The bundle holds a kind of record this version does not know ({kind}).</source>
        <translation>Gói chứa một loại bản ghi mà phiên bản này không biết ({kind}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle holds unknown fields for a record ({kind}): {fields}.</source>
        <translation>Gói chứa các trường không xác định cho một bản ghi ({kind}): {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle holds a photo attached to something unknown.</source>
        <translation>Gói chứa một ảnh đính kèm vào thứ không xác định.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bundle changes a record ({kind}) that is not on this laptop.</source>
        <translation>Gói thay đổi một bản ghi ({kind}) không có trên máy này.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bundle holds an operation this version does not know ({op}).</source>
        <translation>Gói chứa một thao tác mà phiên bản này không biết ({op}).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/repository.py" line="+57"/>
        <source>There is no record with id {id} ({kind}).</source>
        <translation>Không có bản ghi với mã {id} ({kind}).</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>No cycle with id {id}.</source>
        <translation>Không có chu kỳ với mã {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cycle is finished. Reopen it (with a reason) to change it.</source>
        <translation>Chu kỳ này đã kết thúc. Hãy mở lại (kèm lý do) để thay đổi.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Say why the cycle is reopened; the reason is kept in its log.</source>
        <translation>Hãy cho biết lý do mở lại chu kỳ; lý do được lưu trong nhật ký của chu kỳ.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{count}” is not a count of people.</source>
        <translation>“{count}” không phải là số người.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../scorecard_app/core/entities.py" line="+18"/>
        <source>Health centre</source>
        <translation>Trạm y tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>Trường tiểu học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water point</source>
        <translation>Điểm cấp nước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local administration office</source>
        <translation>Ủy ban xã</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>Bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Phụ nữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Nam giới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elders</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Group consensus</source>
        <translation>Nhóm đồng thuận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual votes</source>
        <translation>Bỏ phiếu cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Cả hai</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Đã bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Bị vướng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
</context>
</TS>
