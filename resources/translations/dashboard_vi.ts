<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Dashboard</name>
    <message>
        <source>(no label)</source>
        <translation>(không có nhãn)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(chưa nêu tên)</translation>
    </message>
    <message>
        <source>A band says whether a score is on track. Thresholds are on 0–100 (a score of 4 on the 1–5 scale is 75). When high is good, a score at or above the upper threshold is on track and one below the lower threshold is not; when low is good, the other way round.</source>
        <translation>Mức xếp loại cho biết một điểm số có đạt tiến độ hay không. Ngưỡng tính trên thang 0–100 (điểm 4 trên thang 1–5 là 75). Khi điểm cao là tốt, điểm bằng hoặc trên ngưỡng trên là đạt tiến độ, điểm dưới ngưỡng dưới là không đạt; khi điểm thấp là tốt thì ngược lại.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Quyền truy cập</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Mã hành động</translation>
    </message>
    <message>
        <source>Action id (from a cycle&apos;s page)</source>
        <translation>Mã hành động (lấy từ trang của chu kỳ)</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Theo dõi hành động</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>So với kế hoạch</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Tất cả cơ sở</translation>
    </message>
    <message>
        <source>All indicators (average)</source>
        <translation>Tất cả chỉ số (trung bình)</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>An indicator library needs a “sectors” object.</source>
        <translation>Thư viện chỉ số cần có đối tượng “sectors”.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Nhà phân tích</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Áp dụng bộ lọc</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Average (0–100)</source>
        <translation>Trung bình (0–100)</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Quay lại bảng điều khiển</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <source>Band saved.</source>
        <translation>Đã lưu mức xếp loại.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <source>Bands per indicator</source>
        <translation>Mức xếp loại theo chỉ số</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Phân tổ</translation>
    </message>
    <message>
        <source>By group type, gender and age band</source>
        <translation>Theo loại nhóm, giới tính và nhóm tuổi</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <source>By responsible person</source>
        <translation>Theo người phụ trách</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Đổi</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Change since last round</source>
        <translation>Thay đổi so với vòng trước</translation>
    </message>
    <message>
        <source>Change the bands</source>
        <translation>Đổi mức xếp loại</translation>
    </message>
    <message>
        <source>Changes refused and kept aside</source>
        <translation>Thay đổi bị từ chối và được giữ riêng</translation>
    </message>
    <message>
        <source>Choose one of the licences offered.</source>
        <translation>Hãy chọn một trong các giấy phép được đưa ra.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <source>Community (0–100)</source>
        <translation>Cộng đồng (0–100)</translation>
    </message>
    <message>
        <source>Community and service providers</source>
        <translation>Cộng đồng và bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <source>Community and service-provider scores and the gap between them, round by round, on 0–100 (median over the cycles of each round).</source>
        <translation>Điểm của cộng đồng và bên cung cấp dịch vụ cùng chênh lệch giữa hai bên, theo từng vòng, trên thang 0–100 (trung vị của các chu kỳ trong mỗi vòng).</translation>
    </message>
    <message>
        <source>Community scorecard results</source>
        <translation>Kết quả chấm điểm của cộng đồng</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <source>Completion rate per round</source>
        <translation>Tỷ lệ hoàn thành theo vòng</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Xung đột cần giải quyết</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <source>Cycles still running, by the stage they reached against their planned dates. Late cycles come first.</source>
        <translation>Các chu kỳ đang diễn ra, theo bước đã đạt được so với ngày dự kiến. Chu kỳ bị chậm được xếp trước.</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Số ngày chậm</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Down {n} since the previous round</source>
        <translation>Giảm {n} so với vòng trước</translation>
    </message>
    <message>
        <source>Download CSV</source>
        <translation>Tải CSV</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <source>Each facility&apos;s latest round: the community&apos;s score for each indicator, as a number, a word and a band, with an arrow for the change since the previous round. Averages are on a 0–100 scale so different scales compare.</source>
        <translation>Vòng gần nhất của mỗi cơ sở: điểm của cộng đồng cho từng chỉ số, bằng số, bằng chữ và mức xếp loại, có mũi tên chỉ thay đổi so với vòng trước. Giá trị trung bình tính trên thang 0–100 để so sánh được các thang điểm khác nhau.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Enrolment codes</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Đã chuyển cấp trên</translation>
    </message>
    <message>
        <source>Every other indicator</source>
        <translation>Mọi chỉ số khác</translation>
    </message>
    <message>
        <source>Everywhere I may see</source>
        <translation>Mọi nơi tôi được xem</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Facilities (JSON list of id, name, sector, code)</source>
        <translation>Cơ sở (danh sách JSON gồm id, name, sector, code)</translation>
    </message>
    <message>
        <source>Facilities and their latest cycle</source>
        <translation>Các cơ sở và chu kỳ gần nhất</translation>
    </message>
    <message>
        <source>Facilities must be a JSON list of {id, name, sector, code}.</source>
        <translation>Cơ sở phải là một danh sách JSON gồm {id, name, sector, code}.</translation>
    </message>
    <message>
        <source>Facilities published.</source>
        <translation>Đã công bố các cơ sở.</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Files waiting</source>
        <translation>Tệp đang chờ</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>First password (at least 10 characters)</source>
        <translation>Mật khẩu ban đầu (ít nhất 10 ký tự)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Cho</translation>
    </message>
    <message>
        <source>For whom or which laptop</source>
        <translation>Cho ai hoặc máy tính nào</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Loại nhóm</translation>
    </message>
    <message>
        <source>Head office has</source>
        <translation>Văn phòng trung ương có</translation>
    </message>
    <message>
        <source>Head-office users</source>
        <translation>Người dùng ở văn phòng trung ương</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tổ chức ngày</translation>
    </message>
    <message>
        <source>High is good</source>
        <translation>Cao là tốt</translation>
    </message>
    <message>
        <source>How many people took part, by group type, gender and age band, and how each scored (median over cycles, 0–100). Figures about fewer than 5 people are not shown, so nobody can be recognised.</source>
        <translation>Bao nhiêu người đã tham gia, theo loại nhóm, giới tính và nhóm tuổi, và mỗi nhóm chấm điểm thế nào (trung vị qua các chu kỳ, 0–100). Số liệu về ít hơn 5 người không được hiển thị để không ai bị nhận ra.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Indicator library (JSON like the app&apos;s indicators.json)</source>
        <translation>Thư viện chỉ số (JSON giống tệp indicators.json của ứng dụng)</translation>
    </message>
    <message>
        <source>Indicator library published.</source>
        <translation>Đã công bố thư viện chỉ số.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Interface meeting: community and provider</source>
        <translation>Họp đối thoại: cộng đồng và bên cung cấp</translation>
    </message>
    <message>
        <source>Joint action plan</source>
        <translation>Kế hoạch hành động chung</translation>
    </message>
    <message>
        <source>Joint action plans: open, overdue and escalated actions by institution and by responsible person, and how many were completed in each round.</source>
        <translation>Kế hoạch hành động chung: các hành động đang mở, quá hạn và đã chuyển cấp trên theo cơ quan và người phụ trách, và số hành động đã hoàn thành trong mỗi vòng.</translation>
    </message>
    <message>
        <source>Keep head office&apos;s values</source>
        <translation>Giữ giá trị của văn phòng trung ương</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Máy tính xách tay</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Lần cuối kết nối</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Vòng gần nhất</translation>
    </message>
    <message>
        <source>League table</source>
        <translation>Bảng xếp hạng</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Limited to a location (optional)</source>
        <translation>Giới hạn trong một địa bàn (không bắt buộc)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Lower threshold</source>
        <translation>Ngưỡng dưới</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation>Tạo mã</translation>
    </message>
    <message>
        <source>Make the package public</source>
        <translation>Công khai gói dữ liệu</translation>
    </message>
    <message>
        <source>Mean (0–100)</source>
        <translation>Trung bình cộng (0–100)</translation>
    </message>
    <message>
        <source>Median (0–100)</source>
        <translation>Trung vị (0–100)</translation>
    </message>
    <message>
        <source>Median and mean of the community&apos;s scores (0–100) over each place&apos;s latest cycles, with the number of cycles behind each figure. Open a place to go one level down, down to its facilities.</source>
        <translation>Trung vị và trung bình cộng của điểm cộng đồng (0–100) qua các chu kỳ gần nhất của mỗi địa bàn, kèm số chu kỳ đứng sau mỗi con số. Mở một địa bàn để xuống một cấp, cho đến các cơ sở.</translation>
    </message>
    <message>
        <source>Median score (0–100)</source>
        <translation>Điểm trung vị (0–100)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>Mã đăng ký mới</translation>
    </message>
    <message>
        <source>New password (at least 10 characters)</source>
        <translation>Mật khẩu mới (ít nhất 10 ký tự)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Chưa có hành động nào.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Không có xung đột cần giải quyết.</translation>
    </message>
    <message>
        <source>No cycles match these filters yet.</source>
        <translation>Chưa có chu kỳ nào khớp với các bộ lọc này.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet.</source>
        <translation>Chưa có máy tính nào được đăng ký.</translation>
    </message>
    <message>
        <source>No planned date</source>
        <translation>Chưa có ngày dự kiến</translation>
    </message>
    <message>
        <source>No previous round</source>
        <translation>Không có vòng trước</translation>
    </message>
    <message>
        <source>No running cycles match these filters.</source>
        <translation>Không có chu kỳ đang diễn ra nào khớp với các bộ lọc này.</translation>
    </message>
    <message>
        <source>Not on track</source>
        <translation>Không đạt tiến độ</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Không thể thực hiện</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Không ghi nhận</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 people</source>
        <translation>Không hiển thị: ít hơn 5 người</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Note published; laptops get it on their next sync.</source>
        <translation>Đã công bố ghi chú; các máy tính sẽ nhận trong lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Note to the laptops</source>
        <translation>Ghi chú gửi các máy tính</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Không có gì quá hạn.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Đạt tiến độ</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Chỉ quản trị viên mới được làm việc này.</translation>
    </message>
    <message>
        <source>Only an administrator or an analyst may change bands.</source>
        <translation>Chỉ quản trị viên hoặc nhà phân tích mới được đổi mức xếp loại.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Dữ liệu mở</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Overdue and escalated actions</source>
        <translation>Hành động quá hạn và đã chuyển cấp trên</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password changed. Other sessions were signed out.</source>
        <translation>Đã đổi mật khẩu. Các phiên khác đã bị đăng xuất.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>People in community groups</source>
        <translation>Số người trong các nhóm cộng đồng</translation>
    </message>
    <message>
        <source>People in community groups: {n}</source>
        <translation>Số người trong các nhóm cộng đồng: {n}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Places at level {n}</source>
        <translation>Các địa bàn ở cấp {n}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Practice (training) cycles are never counted.</source>
        <translation>Các chu kỳ tập huấn (thực hành) không bao giờ được tính.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Printables</source>
        <translation>Tài liệu in</translation>
    </message>
    <message>
        <source>Progress, more effort required</source>
        <translation>Có tiến bộ, cần nỗ lực thêm</translation>
    </message>
    <message>
        <source>Providers (0–100)</source>
        <translation>Bên cung cấp (0–100)</translation>
    </message>
    <message>
        <source>Publish facilities</source>
        <translation>Công bố cơ sở</translation>
    </message>
    <message>
        <source>Publish the library</source>
        <translation>Công bố thư viện</translation>
    </message>
    <message>
        <source>Publish the note</source>
        <translation>Công bố ghi chú</translation>
    </message>
    <message>
        <source>Publish to laptops</source>
        <translation>Công bố tới các máy tính</translation>
    </message>
    <message>
        <source>QR code of the enrolment link</source>
        <translation>Mã QR của liên kết đăng ký</translation>
    </message>
    <message>
        <source>Rebuild the public package</source>
        <translation>Tạo lại gói công khai</translation>
    </message>
    <message>
        <source>Report for the service provider</source>
        <translation>Báo cáo cho bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Revoke this laptop? Its next request will be refused.</source>
        <translation>Thu hồi máy tính này? Yêu cầu tiếp theo của nó sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Roll-up by location</source>
        <translation>Tổng hợp theo địa bàn</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Vòng {n}</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Các vòng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Điểm (0–100)</translation>
    </message>
    <message>
        <source>Scorecard head office</source>
        <translation>Văn phòng trung ương Scorecard</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Được xem</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>Bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Chuyển tới nội dung</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Bước đã đạt</translation>
    </message>
    <message>
        <source>Stage tracker</source>
        <translation>Theo dõi các bước</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Ngừng công khai</translation>
    </message>
    <message>
        <source>Take the laptop&apos;s values</source>
        <translation>Lấy giá trị của máy tính</translation>
    </message>
    <message>
        <source>The conflict was settled. Laptops get the outcome on their next sync.</source>
        <translation>Đã giải quyết xung đột. Các máy tính sẽ nhận kết quả trong lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>The device was revoked. Its next request will be refused.</source>
        <translation>Đã thu hồi thiết bị. Yêu cầu tiếp theo của nó sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Địa chỉ email hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Tệp không phải JSON hợp lệ.</translation>
    </message>
    <message>
        <source>The laptop sent</source>
        <translation>Máy tính đã gửi</translation>
    </message>
    <message>
        <source>The open-data package is no longer public.</source>
        <translation>Gói dữ liệu mở không còn công khai nữa.</translation>
    </message>
    <message>
        <source>The open-data package is public and was rebuilt.</source>
        <translation>Gói dữ liệu mở đã được công khai và tạo lại.</translation>
    </message>
    <message>
        <source>The package is not public. Publishing serves it to anyone at /open-data, without a login: results only, no names, groups under 5 people hidden.</source>
        <translation>Gói dữ liệu chưa công khai. Khi công khai, bất kỳ ai cũng tải được tại /open-data mà không cần đăng nhập: chỉ có kết quả, không có tên, các nhóm dưới 5 người được ẩn.</translation>
    </message>
    <message>
        <source>The package is public under {licence}; last built {when} with {n} cycles.</source>
        <translation>Gói dữ liệu được công khai theo giấy phép {licence}; tạo lần cuối lúc {when} với {n} chu kỳ.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>Mật khẩu cần ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>The same figures as the community summary printed on the laptop: the community&apos;s score is the median of its groups&apos; scores; the gap is community minus providers.</source>
        <translation>Cùng các con số như bản tóm tắt cho cộng đồng in trên máy tính: điểm của cộng đồng là trung vị điểm của các nhóm; chênh lệch là cộng đồng trừ bên cung cấp.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Toàn bộ tổ chức</translation>
    </message>
    <message>
        <source>There is no such action in your organisation.</source>
        <translation>Không có hành động này trong tổ chức của bạn.</translation>
    </message>
    <message>
        <source>There is no such conflict in your organisation.</source>
        <translation>Không có xung đột này trong tổ chức của bạn.</translation>
    </message>
    <message>
        <source>There is no such device in your organisation.</source>
        <translation>Không có thiết bị này trong tổ chức của bạn.</translation>
    </message>
    <message>
        <source>There is no such printable.</source>
        <translation>Không có tài liệu in này.</translation>
    </message>
    <message>
        <source>There is no such sector.</source>
        <translation>Không có lĩnh vực này.</translation>
    </message>
    <message>
        <source>This cycle does not exist or is outside the part of the organisation you see.</source>
        <translation>Chu kỳ này không tồn tại hoặc nằm ngoài phần tổ chức bạn được xem.</translation>
    </message>
    <message>
        <source>This form has expired. Open the page again and retry.</source>
        <translation>Biểu mẫu này đã hết hạn. Hãy mở lại trang và thử lại.</translation>
    </message>
    <message>
        <source>This place is outside the part of the organisation you see.</source>
        <translation>Địa bàn này nằm ngoài phần tổ chức bạn được xem.</translation>
    </message>
    <message>
        <source>Thresholds are numbers from 0 to 100, the lower first.</source>
        <translation>Ngưỡng là các số từ 0 đến 100, ngưỡng dưới trước.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait 15 minutes and try again.</source>
        <translation>Đăng nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Trend across rounds (0–100)</source>
        <translation>Xu hướng qua các vòng (0–100)</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Trends across rounds</source>
        <translation>Xu hướng qua các vòng</translation>
    </message>
    <message>
        <source>Type this code on the laptop, or scan the QR code. It works once, until {when} UTC.</source>
        <translation>Nhập mã này trên máy tính hoặc quét mã QR. Mã chỉ dùng được một lần, đến {when} UTC.</translation>
    </message>
    <message>
        <source>Unchanged since the previous round</source>
        <translation>Không đổi so với vòng trước</translation>
    </message>
    <message>
        <source>Up {n} since the previous round</source>
        <translation>Tăng {n} so với vòng trước</translation>
    </message>
    <message>
        <source>Upper threshold</source>
        <translation>Ngưỡng trên</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>Đã thêm người dùng.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Các trang xem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Bạn đang ở đâu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>Ai đã lên tiếng</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Bằng chữ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>chậm {n} ngày</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation>{n} cơ sở</translation>
    </message>
    <message>
        <source>{s} means fewer than 5 people: not shown, so nobody can be recognised.</source>
        <translation>{s} nghĩa là ít hơn 5 người: không hiển thị để không ai bị nhận ra.</translation>
    </message>
</context>
</TS>
