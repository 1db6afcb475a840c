<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Library</name>
    <message>
        <source>Waiting time before being seen</source>
        <translation>Thời gian chờ trước khi được khám</translation>
    </message>
    <message>
        <source>Staff treat patients with respect</source>
        <translation>Nhân viên đối xử tôn trọng với bệnh nhân</translation>
    </message>
    <message>
        <source>Medicines available when needed</source>
        <translation>Có thuốc khi cần</translation>
    </message>
    <message>
        <source>Health centre open at the posted hours</source>
        <translation>Trạm y tế mở cửa đúng giờ đã niêm yết</translation>
    </message>
    <message>
        <source>Cleanliness of the health centre</source>
        <translation>Vệ sinh sạch sẽ của trạm y tế</translation>
    </message>
    <message>
        <source>Clean water and working toilets</source>
        <translation>Nước sạch và nhà vệ sinh sử dụng được</translation>
    </message>
    <message>
        <source>Fees are posted and no informal payments</source>
        <translation>Các khoản phí được niêm yết và không có khoản thu ngoài quy định</translation>
    </message>
    <message>
        <source>Privacy during consultation</source>
        <translation>Sự riêng tư khi khám bệnh</translation>
    </message>
    <message>
        <source>Safe delivery services for mothers</source>
        <translation>Dịch vụ đỡ đẻ an toàn cho bà mẹ</translation>
    </message>
    <message>
        <source>Vaccination services for children</source>
        <translation>Dịch vụ tiêm chủng cho trẻ em</translation>
    </message>
    <message>
        <source>Referral and ambulance when needed</source>
        <translation>Chuyển tuyến và xe cấp cứu khi cần</translation>
    </message>
    <message>
        <source>Staff explain illness and treatment clearly</source>
        <translation>Nhân viên giải thích rõ ràng về bệnh và cách điều trị</translation>
    </message>
    <message>
        <source>Access for people with disabilities</source>
        <translation>Tiếp cận cho người khuyết tật</translation>
    </message>
    <message>
        <source>Teachers present and on time</source>
        <translation>Giáo viên có mặt và đúng giờ</translation>
    </message>
    <message>
        <source>Enough textbooks for every pupil</source>
        <translation>Đủ sách giáo khoa cho mọi học sinh</translation>
    </message>
    <message>
        <source>Safe and clean classrooms</source>
        <translation>Lớp học an toàn và sạch sẽ</translation>
    </message>
    <message>
        <source>Separate toilets for girls and boys</source>
        <translation>Nhà vệ sinh riêng cho nữ sinh và nam sinh</translation>
    </message>
    <message>
        <source>Drinking water at school</source>
        <translation>Nước uống tại trường</translation>
    </message>
    <message>
        <source>No corporal punishment</source>
        <translation>Không có trừng phạt thân thể</translation>
    </message>
    <message>
        <source>Parents informed about pupils&apos; progress</source>
        <translation>Phụ huynh được thông báo về tiến bộ của học sinh</translation>
    </message>
    <message>
        <source>School meals served regularly</source>
        <translation>Bữa ăn ở trường được phục vụ đều đặn</translation>
    </message>
    <message>
        <source>No informal fees asked of parents</source>
        <translation>Không thu các khoản phí ngoài quy định của phụ huynh</translation>
    </message>
    <message>
        <source>School management committee meets and reports</source>
        <translation>Ban quản lý nhà trường họp và báo cáo</translation>
    </message>
    <message>
        <source>Children with disabilities can attend</source>
        <translation>Trẻ khuyết tật có thể đi học</translation>
    </message>
    <message>
        <source>Pupils learn to read in early grades</source>
        <translation>Học sinh biết đọc từ các lớp đầu cấp</translation>
    </message>
    <message>
        <source>Water point works most days</source>
        <translation>Điểm cấp nước hoạt động hầu hết các ngày</translation>
    </message>
    <message>
        <source>Water is clean and safe to drink</source>
        <translation>Nước sạch và an toàn để uống</translation>
    </message>
    <message>
        <source>Waiting time at the water point</source>
        <translation>Thời gian chờ tại điểm cấp nước</translation>
    </message>
    <message>
        <source>Distance from home to the water point</source>
        <translation>Khoảng cách từ nhà đến điểm cấp nước</translation>
    </message>
    <message>
        <source>Repairs done quickly after breakdown</source>
        <translation>Sửa chữa nhanh chóng khi bị hỏng</translation>
    </message>
    <message>
        <source>Water fees are fair and accounted for</source>
        <translation>Phí nước hợp lý và được công khai sử dụng</translation>
    </message>
    <message>
        <source>Water committee meets and reports</source>
        <translation>Ban quản lý nước họp và báo cáo</translation>
    </message>
    <message>
        <source>Women are members of the water committee</source>
        <translation>Phụ nữ là thành viên của ban quản lý nước</translation>
    </message>
    <message>
        <source>Area around the water point kept clean</source>
        <translation>Khu vực quanh điểm cấp nước được giữ sạch sẽ</translation>
    </message>
    <message>
        <source>Safe access for children, elderly and disabled</source>
        <translation>Tiếp cận an toàn cho trẻ em, người cao tuổi và người khuyết tật</translation>
    </message>
    <message>
        <source>Enough water in the dry season</source>
        <translation>Đủ nước vào mùa khô</translation>
    </message>
    <message>
        <source>Office open at the posted hours</source>
        <translation>Văn phòng mở cửa đúng giờ đã niêm yết</translation>
    </message>
    <message>
        <source>Staff treat citizens with respect</source>
        <translation>Nhân viên đối xử tôn trọng với người dân</translation>
    </message>
    <message>
        <source>Fees for documents are posted and respected</source>
        <translation>Lệ phí giấy tờ được niêm yết và thực hiện đúng</translation>
    </message>
    <message>
        <source>Documents issued within the promised time</source>
        <translation>Giấy tờ được cấp đúng thời hạn đã hẹn</translation>
    </message>
    <message>
        <source>Budget and plans shown to citizens</source>
        <translation>Ngân sách và kế hoạch được công khai cho người dân</translation>
    </message>
    <message>
        <source>Citizens consulted on the investment plan</source>
        <translation>Người dân được tham vấn về kế hoạch đầu tư</translation>
    </message>
    <message>
        <source>Complaints are received and answered</source>
        <translation>Khiếu nại được tiếp nhận và trả lời</translation>
    </message>
    <message>
        <source>Information posted in the local language</source>
        <translation>Thông tin được niêm yết bằng ngôn ngữ địa phương</translation>
    </message>
    <message>
        <source>Roads and bridges maintained</source>
        <translation>Đường sá và cầu cống được bảo dưỡng</translation>
    </message>
    <message>
        <source>Women take part in commune meetings</source>
        <translation>Phụ nữ tham gia các cuộc họp của xã</translation>
    </message>
    <message>
        <source>No informal payments asked</source>
        <translation>Không đòi hỏi các khoản tiền ngoài quy định</translation>
    </message>
</context>
</TS>
