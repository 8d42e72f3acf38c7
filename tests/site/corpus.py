"""The model site's first state: its categories, articles and special links, as data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .model import (
    Ad,
    Article,
    Blank,
    Category,
    Discovery,
    Image,
    Link,
    Markup,
    Script,
)
from .model import Paragraph as P

SEED_FILE = Path(__file__).with_name("seed_article.txt")

CATEGORIES = (
    Category("/Thoi-su", "Thời sự"),
    Category("/chinh-tri", "Chính trị", (("xay-dung-dang", "Xây dựng Đảng"),)),
    Category("/kinh-te", "Kinh tế", (("nong-nghiep", "Nông nghiệp"),)),
    Category("/xa-hoi", "Xã hội", (("y-te", "Y tế"), ("giao-duc", "Giáo dục"))),
    Category("/phap-luat", "Pháp luật", (("an-ninh-trat-tu", "An ninh - Trật tự"),)),
    Category("/giao-duc", "Giáo dục"),
    Category("/van-hoa", "Văn hóa", (("van-hoa-nghe-thuat", "Văn hóa - Nghệ thuật"),)),
    Category("/the-thao", "Thể thao"),
    Category("/du-lich", "Du lịch", (("diem-den", "Điểm đến"),)),
    Category("/quoc-te", "Quốc tế"),
)


def _media(name: str, month: str = "202202") -> str:
    return f"https://media.baolangson.vn/upload/image/{month}/medium/{name}.jpg"


# Discovery shorthands.
_EVERYWHERE = Discovery(home=True, listing=True, rss=True, sitemap=True)
_NOT_HOME = Discovery(home=False, listing=True, rss=True, sitemap=True)
_LISTED = Discovery(home=False, listing=True, rss=False, sitemap=True)
_SITEMAP_ONLY = Discovery(home=False, listing=False, rss=False, sitemap=True)
_RSS_ONLY = Discovery(home=False, listing=False, rss=True, sitemap=False)
_RELATED_ONLY = Discovery(home=False, listing=False, rss=False, sitemap=False)

# Special URLs the pages link to.
DEAD_LINK = Link("/khai-truong-cho-dem-ky-lua-5071990.html", "Khai trương chợ đêm Kỳ Lừa")
DEAD_LEGACY_LINK = Link(
    "/kinh-te/nong-nghiep/241001-khai-mac-hoi-cho-nong-san-lang-son-2019.html",
    "Khai mạc Hội chợ nông sản Lạng Sơn năm 2019",
)
ERROR_LINK = Link(
    "/cap-nhat-tinh-hinh-mua-ret-dam-ret-hai-5071991.html", "Cập nhật tình hình rét đậm, rét hại"
)
SHELL_LINK = Link(
    "/thong-bao-tuyen-dung-vien-chuc-nam-2022-5071992.html",
    "Thông báo tuyển dụng viên chức năm 2022",
)
OLD_SLUG_LINK = Link(
    "/lang-son-quang-tay-ky-ket-hop-tac-5071950.html", "Lạng Sơn – Quảng Tây ký kết hợp tác"
)
LEGACY_REDIRECT_LINK = Link(
    "/xa-hoi/giao-duc/332655-hon-1000-thi-sinh-du-ky-thi-chon-hoc-sinh-gioi-cap-tinh.html",
    "Hơn 1.000 thí sinh dự kỳ thi chọn học sinh giỏi cấp tỉnh",
)
FRAGMENT_LINK = Link(
    "/khanh-thanh-cau-treo-dan-sinh-tai-huyen-binh-gia-5072010.html#binh-luan",
    "Khánh thành cầu treo dân sinh tại huyện Bình Gia",
)


def _current_articles() -> list[Article]:
    return [
        Article(
            article_id=5071654,
            generation="current",
            slug="hanh-trinh-hoi-nhap-bat-dau-tu-ren-luyen",
            category="thoi-su",
            title="Hành trình hội nhập bắt đầu từ rèn luyện",
            lead_prefix="LSO- ",
            lead=(
                "Những ngày đầu tháng 2, hàng trăm tân binh của tỉnh Lạng Sơn đã bước vào môi "
                "trường quân ngũ. Với họ, hành trình hội nhập với cuộc sống mới bắt đầu từ những "
                "bài học rèn luyện đầu tiên."
            ),
            blocks=(
                P(
                    "Tại Trung đoàn 141, Bộ Chỉ huy Quân sự tỉnh, từ 5 giờ 30 phút sáng, tiếng "
                    "kẻng báo thức đã vang lên. Chỉ sau ít phút, các tân binh đã gấp chăn màn "
                    "vuông vức, xếp hàng ngay ngắn trên thao trường để bắt đầu một ngày huấn "
                    "luyện."
                ),
                Image(
                    _media("4a1c92_tan-binh-trung-doan-141"),
                    "Tân binh Trung đoàn 141 luyện tập đội ngũ trên thao trường",
                    "wp-caption",
                    lazy=True,
                ),
                P(
                    "Thượng úy Nguyễn Văn Hùng, Chính trị viên đại đội cho biết: đơn vị chú trọng "
                    "nắm bắt tâm tư, nguyện vọng của từng chiến sĩ ngay từ những ngày đầu nhập "
                    "ngũ. Cán bộ khung luôn gần gũi, hướng dẫn tỉ mỉ từ cách mặc quân phục, đi "
                    "đứng, chào hỏi đến nếp sinh hoạt hằng ngày."
                ),
                P(
                    "Chiến sĩ Hoàng Văn Long, quê ở huyện Văn Lãng chia sẻ: “Lúc mới vào em còn bỡ "
                    "ngỡ, nhớ nhà. Được các anh cán bộ quan tâm, động viên, đến nay em đã quen với "
                    "nếp sống quân ngũ và thấy mình trưởng thành hơn”."
                ),
                P(
                    "Theo kế hoạch, trong 3 tháng huấn luyện chiến sĩ mới, các tân binh sẽ được "
                    "học tập chính trị, điều lệnh, kỹ thuật, chiến thuật bộ binh và các nội dung "
                    "quy định. Kết thúc khóa huấn luyện, các chiến sĩ sẽ tuyên thệ và được biên "
                    "chế về các đơn vị trong lực lượng vũ trang tỉnh."
                ),
            ),
            published=datetime(2022, 2, 4, 9, 56, 32),
            byline="Bài, ảnh: Minh Ngọc",
            pseudonym="Minh Ngọc",
            authors=("Minh Ngọc",),
            tags=("Tân binh", "Bộ Chỉ huy Quân sự tỉnh", "huấn luyện"),
            related=(5071690, OLD_SLUG_LINK, 5071702),
            discovery=_EVERYWHERE,
            markup=Markup(wrapped_source=True),
        ),
        Article(
            article_id=5071690,
            generation="current",
            slug="hon-20000-luot-khach-den-mau-son-dip-tet-nguyen-dan",
            category="du-lich",
            title="Hơn 20.000 lượt khách đến Mẫu Sơn dịp Tết Nguyên đán",
            lead_prefix="LSO-",
            lead=(
                "Trong dịp Tết Nguyên đán Nhâm Dần 2022, Khu du lịch quốc gia Mẫu Sơn đã đón hơn "
                "20.000 lượt khách đến tham quan, trải nghiệm, tăng gần 30% so với cùng kỳ năm "
                "trước."
            ),
            blocks=(
                P(
                    "Những ngày đầu năm mới, thời tiết trên đỉnh Mẫu Sơn se lạnh, sương mù bao "
                    "phủ, nhiệt độ có thời điểm xuống dưới 5 độ C. Điều này thu hút đông đảo du "
                    "khách từ Hà Nội, Bắc Ninh, Hải Phòng và các tỉnh lân cận lên săn mây, ngắm "
                    "cảnh."
                ),
                Image(
                    _media("7d20e1_du-khach-dinh-mau-son"),
                    "Du khách tham quan, chụp ảnh tại đỉnh Mẫu Sơn",
                    "figure",
                ),
                P(
                    "Để phục vụ du khách, Ban Quản lý Khu du lịch đã phối hợp với các lực lượng "
                    "chức năng bố trí bãi đỗ xe, phân luồng giao thông trên tuyến đường lên núi. "
                    "Các cơ sở lưu trú, nhà hàng trong khu du lịch niêm yết giá công khai, bảo "
                    "đảm các biện pháp phòng, chống dịch COVID-19."
                ),
                Image(_media("7d20e2_duong-len-mau-son"), None, "none"),
                P(
                    "Anh Trần Quốc Bảo, du khách đến từ Hà Nội cho biết: “Đây là lần thứ hai gia "
                    "đình tôi lên Mẫu Sơn. Ấn tượng nhất là khí hậu mát lạnh, những món ăn đặc "
                    "sản như lợn quay, gà đen, rượu Mẫu Sơn và sự thân thiện của người dân nơi "
                    "đây”."
                ),
                P(
                    "Theo Sở Văn hóa, Thể thao và Du lịch, trong những ngày Tết, toàn tỉnh đón "
                    "khoảng 85.000 lượt khách, doanh thu từ hoạt động du lịch ước đạt hơn 60 tỷ "
                    "đồng."
                ),
            ),
            published=datetime(2022, 2, 5, 15, 20, 10),
            byline="Tin, ảnh: Hoàng Tùng",
            authors=("Hoàng Tùng",),
            tags=("Mẫu Sơn", "du lịch", "Tết Nguyên đán"),
            related=(DEAD_LINK, 5071811),
            discovery=_EVERYWHERE,
            markup=Markup(container="auto-gallery", published_meta=False, lead_wrap=""),
        ),
        Article(
            article_id=5071702,
            generation="current",
            slug="xuat-nhap-khau-qua-cua-khau-huu-nghi-tang-manh-sau-tet",
            category="kinh-te",
            title="Xuất nhập khẩu qua cửa khẩu Hữu Nghị tăng mạnh sau Tết",
            lead_prefix="(LSO) - ",
            lead=(
                "Sau kỳ nghỉ Tết Nguyên đán, hoạt động xuất nhập khẩu hàng hóa qua Cửa khẩu quốc "
                "tế Hữu Nghị đã sôi động trở lại, bình quân mỗi ngày có hơn 1.000 lượt phương "
                "tiện làm thủ tục thông quan."
            ),
            blocks=(
                P(
                    "Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, từ ngày 7/2 đến "
                    "nay, lượng phương tiện chở hàng xuất nhập khẩu qua cửa khẩu tăng dần qua "
                    "từng ngày. Mặt hàng xuất khẩu chủ yếu là linh kiện điện tử, nông sản, thủy "
                    "sản; nhập khẩu chủ yếu là máy móc, thiết bị và nguyên liệu sản xuất.",
                    ad_inside="middle",
                ),
                Image(
                    _media("93b7f0_xe-hang-cua-khau-huu-nghi"),
                    "Phương tiện chở hàng làm thủ tục thông quan tại Cửa khẩu quốc tế Hữu Nghị",
                    "table",
                    lazy=True,
                ),
                P(
                    "Để tạo điều kiện cho doanh nghiệp, các lực lượng chức năng tại cửa khẩu đã bố "
                    "trí cán bộ làm việc cả ngày thứ Bảy, Chủ nhật, rút ngắn thời gian thông quan. "
                    "Hải quan cửa khẩu đẩy mạnh ứng dụng hệ thống quản lý hải quan tự động, giảm "
                    "thời gian kiểm tra hồ sơ."
                ),
                P(
                    "Ông Vy Tiến Mạnh, đại diện một doanh nghiệp logistics ở thành phố Lạng Sơn "
                    "cho biết, thủ tục hiện nay thuận lợi hơn nhiều so với trước, xe của doanh "
                    "nghiệp không còn phải chờ đợi nhiều ngày tại bãi."
                ),
                P(
                    "Tính từ đầu năm đến nay, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên "
                    "địa bàn tỉnh ước đạt gần 700 triệu USD. Tỉnh tiếp tục phối hợp với phía Quảng "
                    "Tây (Trung Quốc) duy trì thông quan ổn định, phấn đấu hoàn thành mục tiêu năm "
                    "2022."
                ),
            ),
            published=datetime(2022, 2, 6, 8, 5, 44),
            byline="Bài: Hà Anh - Ảnh: Quang Vinh",
            authors=("Hà Anh", "Quang Vinh"),
            tags=("Hữu Nghị", "xuất nhập khẩu", "cửa khẩu"),
            related=(5071925, 5071654),
            discovery=_EVERYWHERE,
            markup=Markup(lead_wrap="b"),
        ),
        Article(
            article_id=5071733,
            generation="current",
            slug="bat-qua-tang-doi-tuong-van-chuyen-trai-phep-2-banh-heroin",
            category="phap-luat",
            title="Bắt quả tang đối tượng vận chuyển trái phép 2 bánh heroin",
            lead_prefix="LSO - ",
            lead=(
                "Ngày 6/2, Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh phối hợp với "
                "Công an huyện Cao Lộc bắt quả tang một đối tượng đang vận chuyển trái phép 2 bánh "
                "heroin."
            ),
            blocks=(
                P(
                    "Khoảng 21 giờ cùng ngày, tại khu vực thôn Nà Pàn, xã Thạch Đạn, huyện Cao "
                    "Lộc, tổ công tác phát hiện đối tượng Hoàng Văn T. (sinh năm 1988, trú tại "
                    "huyện Cao Lộc) điều khiển xe mô tô có biểu hiện nghi vấn nên yêu cầu dừng xe "
                    "kiểm tra."
                ),
                Blank(),
                P(
                    "Qua kiểm tra, lực lượng chức năng phát hiện trong ba lô đối tượng mang theo "
                    "có 2 bánh chất bột màu trắng được bọc trong túi nilon. Đối tượng khai nhận "
                    "đây là heroin, mua của một người không quen biết để mang đi bán kiếm lời."
                ),
                Script(),
                P(
                    "Hiện vụ việc đang được cơ quan chức năng tiếp tục điều tra, mở rộng, xử lý "
                    "theo quy định của pháp luật."
                ),
            ),
            published=datetime(2022, 2, 7, 10, 41, 5),
            byline="ĐẶNG DŨNG",
            authors=("Đặng Dũng",),
            tags=("ma túy", "Công an tỉnh"),
            discovery=_NOT_HOME,
            markup=Markup(lead_wrap=""),
        ),
        Article(
            article_id=5071760,
            generation="current",
            slug="tinh-uy-trien-khai-nhiem-vu-trong-tam-nam-2022",
            category="chinh-tri",
            title="Tỉnh ủy triển khai nhiệm vụ trọng tâm năm 2022",
            lead_prefix="",
            lead=(
                "Chiều 7/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt, triển khai các "
                "nhiệm vụ trọng tâm năm 2022. Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ "
                "Tỉnh ủy, lãnh đạo các sở, ban, ngành và bí thư các huyện ủy, thành ủy."
            ),
            blocks=(
                P(
                    "Năm 2021, mặc dù chịu ảnh hưởng nặng nề của dịch COVID-19, tăng trưởng kinh "
                    "tế của tỉnh vẫn đạt 5,01%; thu ngân sách nhà nước trên địa bàn vượt dự toán "
                    "được giao. Công tác xây dựng Đảng và hệ thống chính trị tiếp tục được quan "
                    "tâm, quốc phòng, an ninh được giữ vững."
                ),
                Image(
                    _media("a6e311_hoi-nghi-tinh-uy"),
                    "Quang cảnh hội nghị triển khai nhiệm vụ trọng tâm năm 2022",
                    "wp-caption",
                ),
                P(
                    "Năm 2022, tỉnh xác định chủ đề là “Tăng cường kỷ luật, kỷ cương; đẩy mạnh "
                    "phục hồi và phát triển kinh tế”. Trong đó tập trung hoàn thành các thủ tục "
                    "đầu tư dự án đường cao tốc Đồng Đăng – Trà Lĩnh, đẩy nhanh tiến độ các công "
                    "trình trọng điểm và cải thiện môi trường đầu tư kinh doanh."
                ),
                P(
                    "Phát biểu kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, "
                    "chính quyền cụ thể hóa các nhiệm vụ bằng chương trình, kế hoạch cụ thể, phân "
                    "công rõ người, rõ việc, rõ thời gian hoàn thành; người đứng đầu phải gương "
                    "mẫu, quyết liệt trong chỉ đạo, điều hành."
                ),
            ),
            published=datetime(2022, 2, 7, 16, 30, 0),
            pseudonym="Thu Hà",
            authors=("Thu Hà",),
            tags=("Tỉnh ủy", "nhiệm vụ năm 2022"),
            discovery=Discovery(home=True, listing=True, rss=False, sitemap=True),
            markup=Markup(lead_wrap="", nbsp_spaces=True),
        ),
        Article(
            article_id=5071788,
            generation="current",
            slug="le-hoi-long-tong-net-dep-van-hoa-cua-dong-bao-tay-nung",
            category="van-hoa",
            title="Lễ hội Lồng tồng: Nét đẹp văn hóa của đồng bào Tày, Nùng",
            lead_prefix="LSO- ",
            lead=(
                "Đầu xuân năm mới, các địa phương trong tỉnh đồng loạt tổ chức lễ hội Lồng tồng "
                "(xuống đồng) với mong ước mưa thuận gió hòa, mùa màng bội thu, nhân khang vật "
                "thịnh."
            ),
            blocks=(
                P(
                    "Lễ hội Lồng tồng là một trong những lễ hội truyền thống lâu đời của đồng bào "
                    "Tày, Nùng ở Lạng Sơn. Phần lễ được tổ chức trang nghiêm với nghi thức rước "
                    "kiệu, dâng hương tại đình, miếu; phần hội có nhiều trò chơi dân gian như ném "
                    "còn, kéo co, đẩy gậy, đánh cờ tướng."
                ),
                Image(
                    _media("b810c4_ruoc-kieu-long-tong"),
                    "Nghi thức rước kiệu tại lễ hội Lồng tồng xã Hoàng Đồng, thành phố Lạng Sơn",
                    "figure",
                    lazy=True,
                ),
                P(
                    "Năm nay, do diễn biến của dịch COVID-19, nhiều địa phương chỉ tổ chức phần "
                    "lễ, hạn chế phần hội. Một số nơi vẫn duy trì các trò chơi dân gian với quy "
                    "mô nhỏ, bảo đảm các quy định phòng, chống dịch."
                ),
                P(
                    "Bà Hoàng Thị Nhung, một nghệ nhân hát then ở huyện Văn Quan chia sẻ: lễ hội "
                    "không chỉ là dịp để bà con cầu mùa mà còn là dịp để thế hệ trẻ hiểu thêm về "
                    "phong tục, tập quán, từ đó thêm yêu quê hương, bản sắc dân tộc mình."
                ),
            ),
            published=datetime(2022, 2, 8, 7, 15, 20),
            byline="Bài, ảnh: Nông Thu",
            authors=("Nông Thu",),
            tags=("lễ hội Lồng tồng", "văn hóa Tày, Nùng"),
            discovery=_NOT_HOME,
            markup=Markup(nfd=True),
        ),
        Article(
            article_id=5071811,
            generation="current",
            slug="tang-300-suat-qua-cho-hoc-sinh-ngheo-vung-bien-trang-dinh",
            category="xa-hoi",
            title="Tặng 300 suất quà cho học sinh nghèo vùng biên Tràng Định",
            lead_prefix="LSO-",
            lead=(
                "Ngày 8/2, Đồn Biên phòng Quốc Khánh phối hợp với Hội Chữ thập đỏ huyện Tràng Định "
                "tổ chức trao 300 suất quà cho học sinh có hoàn cảnh khó khăn tại các xã biên giới."
            ),
            blocks=(
                P(
                    "Mỗi suất quà gồm áo ấm, chăn, sách vở và đồ dùng học tập, tổng trị giá gần "
                    "150 triệu đồng. Kinh phí do các nhà hảo tâm, doanh nghiệp trong và ngoài "
                    "tỉnh ủng hộ."
                ),
                Image(
                    _media("c21f77_trao-qua-hoc-sinh-quoc-khanh"),
                    "Cán bộ Đồn Biên phòng Quốc Khánh trao quà cho học sinh",
                    "figure",
                ),
                P(
                    "Em Nông Thị Mai, học sinh lớp 7 Trường Phổ thông dân tộc bán trú THCS xã "
                    "Quốc Khánh xúc động nói: “Em rất vui khi được nhận áo ấm và sách vở mới. Em "
                    "sẽ cố gắng học thật giỏi để không phụ lòng các chú bộ đội”."
                ),
                Blank(),
                P(
                    "Thời gian qua, Đồn Biên phòng Quốc Khánh duy trì hiệu quả mô hình “Nâng bước "
                    "em tới trường”, nhận đỡ đầu 12 học sinh có hoàn cảnh đặc biệt khó khăn, hỗ "
                    "trợ mỗi em 500.000 đồng mỗi tháng."
                ),
            ),
            published=datetime(2022, 2, 8, 14, 2, 48),
            byline="Tin, ảnh: Lan Hương",
            authors=("Lan Hương",),
            tags=("Biên phòng", "Tràng Định", "an sinh xã hội"),
            discovery=Discovery(home=True, listing=True, rss=False, sitemap=False),
            markup=Markup(malformed=True),
        ),
        Article(
            article_id=5071845,
            generation="current",
            slug="hoc-sinh-lang-son-tro-lai-truong-hoc-truc-tiep",
            category="giao-duc",
            title="Học sinh Lạng Sơn trở lại trường học trực tiếp",
            lead_prefix="(LSO) - ",
            lead=(
                "Từ ngày 9/2, học sinh từ lớp 7 đến lớp 12 trên địa bàn tỉnh đã trở lại trường học "
                "trực tiếp sau thời gian dài học trực tuyến do dịch COVID-19."
            ),
            blocks=(
                P(
                    "Ghi nhận tại Trường THPT Chuyên Chu Văn An, ngay từ sáng sớm, học sinh đã "
                    "đến trường đông đủ. Các em được đo thân nhiệt, sát khuẩn tay trước khi vào "
                    "lớp; bàn ghế được bố trí giãn cách theo quy định."
                ),
                Image(
                    _media("d4400a_hoc-sinh-chu-van-an"),
                    "Học sinh Trường THPT Chuyên Chu Văn An trong ngày đầu trở lại trường",
                    "table",
                ),
                P(
                    "Theo Sở Giáo dục và Đào tạo, toàn tỉnh có hơn 98% học sinh đi học trực tiếp "
                    "trong ngày đầu. Các trường đã xây dựng kế hoạch phòng, chống dịch, chuẩn bị "
                    "phòng cách ly tạm thời và phương án xử lý khi có trường hợp nghi nhiễm."
                ),
                P(
                    "Cô Lương Thị Hạnh, giáo viên chủ nhiệm lớp 11A1 cho biết, sau thời gian học "
                    "trực tuyến, giáo viên sẽ dành thời gian ôn tập, củng cố kiến thức cho học "
                    "sinh trước khi dạy nội dung mới."
                ),
            ),
            published=datetime(2022, 2, 9, 9, 30, 12),
            byline="Tin, ảnh: Thu Trang",
            authors=("Thu Trang",),
            tags=("trở lại trường học", "COVID-19"),
            discovery=_LISTED,
            markup=Markup(container="auto-gallery", declared_charset="windows-1252"),
        ),
        Article(
            article_id=5071867,
            generation="current",
            slug="lang-son-gianh-3-huy-chuong-tai-giai-vo-dich-vovinam-toan-quoc",
            category="the-thao",
            title="Lạng Sơn giành 3 huy chương tại Giải vô địch Vovinam toàn quốc",
            lead_prefix="LSO- ",
            lead=(
                "Đội tuyển Vovinam tỉnh Lạng Sơn vừa giành 1 huy chương bạc và 2 huy chương đồng "
                "tại Giải vô địch Vovinam toàn quốc năm 2022 tổ chức tại thành phố Hồ Chí Minh."
            ),
            blocks=(
                P(
                    "Giải đấu quy tụ hơn 400 vận động viên của 28 đơn vị trên cả nước, thi đấu ở "
                    "hai nội dung đối kháng và quyền. Lạng Sơn tham gia với 8 vận động viên, phần "
                    "lớn là các vận động viên trẻ lần đầu thi đấu giải toàn quốc."
                ),
                P(
                    "Huy chương bạc thuộc về vận động viên Hoàng Thị Thu ở hạng cân 51 kg nữ nội "
                    "dung đối kháng. Hai huy chương đồng do các vận động viên Lục Văn Nam và "
                    "Triệu Thị Hằng giành được."
                ),
                P(
                    "Đây là kết quả đáng khích lệ, ghi nhận sự nỗ lực của các vận động viên và ban "
                    "huấn luyện trong điều kiện tập luyện gặp nhiều khó khăn do dịch bệnh."
                ),
            ),
            published=datetime(2022, 2, 9, 17, 45, 0),
            byline="Bài, ảnh: Việt Dũng",
            authors=("Việt Dũng",),
            discovery=_SITEMAP_ONLY,
            markup=Markup(published_meta=False),
        ),
        Article(
            article_id=5071902,
            generation="current",
            slug="phat-trien-du-lich-cong-dong-o-quynh-son",
            category="du-lich",
            title="Phát triển du lịch cộng đồng ở Quỳnh Sơn",
            lead_prefix="LSO-",
            lead=(
                "Với lợi thế là cái nôi của văn hóa Bắc Sơn, những năm gần đây, xã Quỳnh Sơn, "
                "huyện Bắc Sơn đã phát triển mô hình du lịch cộng đồng, mang lại nguồn thu nhập "
                "ổn định cho người dân."
            ),
            blocks=(
                P(
                    "Thôn Quỳnh Sơn hiện có 18 hộ làm dịch vụ homestay trong những ngôi nhà sàn "
                    "truyền thống của người Tày. Du khách đến đây được thưởng thức ẩm thực địa "
                    "phương, tham gia gặt lúa, đi dạo trên những cánh đồng lúa chín vàng."
                ),
                Image(
                    _media("e09b35_homestay-quynh-son"),
                    "Homestay nhà sàn tại thôn Quỳnh Sơn thu hút du khách",
                    "wp-caption",
                    lazy=True,
                ),
                P(
                    "Chị Dương Thị Dung, chủ một homestay trong thôn cho biết, mỗi năm gia đình "
                    "đón khoảng 2.000 lượt khách, thu nhập hơn 200 triệu đồng. Ngoài ra, bà con "
                    "trong thôn còn bán được nhiều nông sản như gạo, thịt trâu gác bếp, quýt Bắc "
                    "Sơn cho du khách."
                ),
                P(
                    "Để du lịch cộng đồng phát triển bền vững, huyện Bắc Sơn đang tập trung hỗ "
                    "trợ người dân nâng cao chất lượng dịch vụ, giữ gìn cảnh quan, môi trường và "
                    "bảo tồn kiến trúc nhà sàn truyền thống."
                ),
            ),
            published=datetime(2022, 2, 10, 8, 20, 30),
            byline="Bài, ảnh: Hà Linh",
            authors=("Hà Linh",),
            tags=("du lịch cộng đồng", "Bắc Sơn"),
            discovery=_RSS_ONLY,
            markup=Markup(lead_wrap="b"),
        ),
        Article(
            article_id=5071925,
            generation="current",
            slug="nang-cao-gia-tri-cay-hoi-van-quan",
            category="kinh-te",
            title="Nâng cao giá trị cây hồi Văn Quan",
            lead_prefix="",
            lead=(
                "Huyện Văn Quan hiện có hơn 9.000 ha hồi, là cây trồng chủ lực giúp nhiều hộ dân "
                "thoát nghèo. Thời gian gần đây, huyện tập trung hỗ trợ người dân chăm sóc, thu "
                "hái và chế biến hồi theo hướng bền vững."
            ),
            blocks=(
                P(
                    "Năm 2021, sản lượng hoa hồi khô của huyện đạt khoảng 4.500 tấn, giá bán dao "
                    "động từ 45.000 đến 60.000 đồng/kg. Nhiều hộ gia đình có thu nhập từ 100 đến "
                    "300 triệu đồng mỗi năm từ cây hồi."
                ),
                P(
                    "Huyện đã hướng dẫn người dân áp dụng quy trình chăm sóc an toàn, không sử "
                    "dụng thuốc bảo vệ thực vật ngoài danh mục cho phép, đồng thời khuyến khích "
                    "doanh nghiệp đầu tư xây dựng cơ sở chưng cất tinh dầu hồi tại chỗ."
                ),
                P(
                    "Việc khai thác tốt chỉ dẫn địa lý “Hồi Lạng Sơn” sẽ giúp nâng cao giá trị sản "
                    "phẩm, mở rộng thị trường xuất khẩu sang châu Âu và các nước trong khu vực."
                ),
            ),
            published=datetime(2022, 2, 10, 11, 10, 0),
            byline="Tin, ảnh: Hoàng Tùng",
            authors=("Hoàng Tùng",),
            tags=("hồi", "Văn Quan"),
            discovery=_RELATED_ONLY,
            markup=Markup(lead_wrap="", wrapped_source=True),
        ),
        Article(
            article_id=5071950,
            generation="current",
            slug="lang-son-va-quang-tay-trung-quoc-tang-cuong-hop-tac-thuong-mai",
            category="quoc-te",
            title="Lạng Sơn và Quảng Tây (Trung Quốc) tăng cường hợp tác thương mại",
            lead_prefix="LSO-",
            lead=(
                "Chiều 10/2, lãnh đạo UBND tỉnh Lạng Sơn đã có buổi hội đàm trực tuyến với lãnh "
                "đạo Chính quyền Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) nhằm tháo gỡ "
                "khó khăn trong hoạt động thông quan hàng hóa."
            ),
            blocks=(
                P(
                    "Tại buổi hội đàm, hai bên đánh giá cao kết quả phối hợp trong công tác "
                    "phòng, chống dịch COVID-19 và duy trì hoạt động xuất nhập khẩu qua các cặp "
                    "cửa khẩu thời gian qua. Kim ngạch thương mại song phương tiếp tục tăng "
                    "trưởng trong bối cảnh dịch bệnh phức tạp."
                ),
                Blank(),
                P(
                    "Hai bên thống nhất tiếp tục mở rộng thí điểm thông quan hàng hóa tại cặp cửa "
                    "khẩu Tân Thanh – Pò Chài, nghiên cứu nâng cấp các lối mở, cặp chợ biên giới "
                    "và đẩy mạnh ứng dụng công nghệ thông tin trong quản lý cửa khẩu."
                ),
                Blank(),
                P(
                    "Phía Quảng Tây cũng đề nghị tăng cường trao đổi thông tin, phối hợp chặt chẽ "
                    "trong kiểm soát hàng hóa, bảo đảm an toàn cho người lao động làm việc tại khu "
                    "vực cửa khẩu."
                ),
            ),
            published=datetime(2022, 2, 10, 15, 35, 25),
            byline="Bài, ảnh: Minh Ngọc",
            pseudonym="Minh Ngọc",
            authors=("Minh Ngọc",),
            tags=("Quảng Tây", "hợp tác quốc tế"),
            discovery=_EVERYWHERE,
            markup=Markup(blank_before_lead=True),
        ),
        Article(
            article_id=5003412,
            generation="current",
            slug="hon-1000-thi-sinh-du-ky-thi-chon-hoc-sinh-gioi-cap-tinh",
            category="giao-duc",
            title="Hơn 1.000 thí sinh dự kỳ thi chọn học sinh giỏi cấp tỉnh",
            lead_prefix="",
            lead=(
                "Ngày 17/3, Sở Giáo dục và Đào tạo tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp "
                "12 trung học phổ thông năm học 2020 – 2021 với hơn 1.000 thí sinh tham dự."
            ),
            blocks=(
                P(
                    "Kỳ thi được tổ chức tại 3 điểm thi trên địa bàn thành phố Lạng Sơn, gồm 11 "
                    "môn: Toán, Vật lý, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lý, "
                    "Tiếng Anh, Tiếng Trung và Tiếng Pháp. Thí sinh làm bài thi trong thời gian "
                    "180 phút."
                ),
                Image(
                    _media("332655_diem-thi-thpt-viet-bac", month="202103"),
                    "Thí sinh làm thủ tục vào phòng thi tại điểm thi Trường THPT Việt Bắc",
                    "wp-caption",
                ),
                P(
                    "Trước kỳ thi, Sở Giáo dục và Đào tạo đã kiện toàn ban chỉ đạo, các ban coi "
                    "thi, phổ biến quy chế đến cán bộ, giáo viên tham gia coi thi. Các điểm thi "
                    "đều bố trí phòng cách ly tạm thời, thực hiện nghiêm các biện pháp phòng, "
                    "chống dịch COVID-19."
                ),
                P(
                    "Kết quả kỳ thi là căn cứ để tuyển chọn học sinh vào đội tuyển của tỉnh tham "
                    "dự kỳ thi chọn học sinh giỏi quốc gia năm học tới."
                ),
            ),
            published=datetime(2021, 3, 17, 10, 30, 0),
            byline="Bài, ảnh: Thu Trang",
            authors=("Thu Trang",),
            tags=("học sinh giỏi",),
            discovery=_LISTED,
            markup=Markup(published_meta=False, lead_wrap=""),
        ),
        Article(
            article_id=5072010,
            generation="current",
            slug="khanh-thanh-cau-treo-dan-sinh-tai-huyen-binh-gia",
            category="thoi-su",
            title="Khánh thành cầu treo dân sinh tại huyện Bình Gia",
            lead_prefix="LSO- ",
            lead=(
                "Sáng 11/2, UBND huyện Bình Gia tổ chức lễ khánh thành cầu treo dân sinh Khuổi "
                "Chặng, xã Hoàng Văn Thụ, giúp hơn 200 hộ dân đi lại thuận tiện, an toàn."
            ),
            blocks=(
                P(
                    "Cầu treo Khuổi Chặng có chiều dài 86 m, rộng 1,5 m, tải trọng 1,5 tấn, tổng "
                    "mức đầu tư hơn 3,2 tỷ đồng từ nguồn vốn của Chương trình xây dựng cầu dân "
                    "sinh và quản lý tài sản đường địa phương."
                ),
                Script(),
                P(
                    "Trước đây, mỗi khi mùa mưa lũ đến, người dân và học sinh các thôn phải lội "
                    "qua suối hoặc đi đường vòng hơn 10 km để đến trung tâm xã. Cây cầu mới được "
                    "đưa vào sử dụng đã đáp ứng mong mỏi bấy lâu của bà con."
                ),
                Image(
                    _media("f5d2a8_cau-treo-khuoi-chang"),
                    "Người dân đi lại trên cầu treo Khuổi Chặng sau lễ khánh thành",
                    "wp-caption",
                    lazy=True,
                ),
                P(
                    "Ông Hoàng Văn Sình, người dân thôn Khuổi Chặng phấn khởi: “Có cầu rồi, con "
                    "cháu đi học không còn phải lo mỗi khi nước suối dâng cao, việc vận chuyển "
                    "nông sản đi bán cũng thuận lợi hơn nhiều”."
                ),
            ),
            published=datetime(2022, 2, 11, 9, 5, 0),
            byline="Bài: Minh Ngọc - Ảnh: Hoàng Tùng",
            authors=("Minh Ngọc", "Hoàng Tùng"),
            tags=("cầu dân sinh", "Bình Gia"),
            discovery=_EVERYWHERE,
            markup=Markup(published_meta=False),
        ),
        Article(
            article_id=5072044,
            generation="current",
            slug="hoi-dong-nhan-dan-tinh-to-chuc-ky-hop-chuyen-de",
            category="chinh-tri",
            title="Hội đồng nhân dân tỉnh tổ chức kỳ họp chuyên đề",
            lead_prefix="LSO- ",
            lead=(
                "Ngày 11/2, HĐND tỉnh khóa XVII, nhiệm kỳ 2021 – 2026 tổ chức kỳ họp chuyên đề để "
                "xem xét, quyết định một số nội dung quan trọng thuộc thẩm quyền."
            ),
            blocks=(
                P(
                    "Tại kỳ họp, các đại biểu đã thảo luận, biểu quyết thông qua 9 nghị quyết, "
                    "trong đó có nghị quyết về chủ trương đầu tư một số dự án giao thông, nghị "
                    "quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 – 2025 và "
                    "nghị quyết về chính sách hỗ trợ phát triển sản xuất nông nghiệp.",
                    ad_inside="end",
                ),
                Image(
                    _media("0ac9e6_bieu-quyet-ky-hop-chuyen-de"),
                    "Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp",
                    "figure",
                ),
                P(
                    "Các nghị quyết được thông qua là cơ sở pháp lý quan trọng để UBND tỉnh triển "
                    "khai thực hiện, kịp thời tháo gỡ khó khăn, thúc đẩy phục hồi và phát triển "
                    "kinh tế – xã hội sau đại dịch."
                ),
                Ad(),
                P(
                    "Phát biểu bế mạc kỳ họp, lãnh đạo HĐND tỉnh đề nghị UBND tỉnh, các sở, ngành "
                    "khẩn trương triển khai các nghị quyết vừa được thông qua; các đại biểu HĐND "
                    "tăng cường giám sát việc tổ chức thực hiện, kịp thời phản ánh những vướng "
                    "mắc phát sinh."
                ),
            ),
            published=datetime(2022, 2, 11, 14, 40, 10),
            byline="Bài, ảnh: Hồng Nhung",
            authors=("Hồng Nhung",),
            tags=("HĐND tỉnh", "kỳ họp chuyên đề"),
            discovery=_EVERYWHERE,
            markup=Markup(container="auto-gallery"),
        ),
        Article(
            article_id=5072080,
            generation="current",
            slug="doan-dai-bieu-quoc-hoi-tinh-tiep-xuc-cu-tri-sau-ky-hop-bat-thuong",
            category="chinh-tri",
            title="Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri sau kỳ họp bất thường",
            lead_prefix="(LSO) - ",
            lead=(
                "Ngày 12/2, Đoàn đại biểu Quốc hội tỉnh tổ chức tiếp xúc cử tri tại huyện Lộc Bình "
                "và huyện Đình Lập để thông báo kết quả kỳ họp bất thường lần thứ nhất, Quốc hội "
                "khóa XV."
            ),
            blocks=(
                Image(_media("1be0f3_tiep-xuc-cu-tri-loc-binh"), None, "none", lazy=True),
                P(
                    "Tại các buổi tiếp xúc, đại diện Đoàn đại biểu Quốc hội tỉnh đã thông báo với "
                    "cử tri những nội dung chủ yếu của kỳ họp, trong đó có Nghị quyết về chính "
                    "sách tài khóa, tiền tệ hỗ trợ Chương trình phục hồi và phát triển kinh tế – "
                    "xã hội."
                ),
                P(
                    "Cử tri các địa phương bày tỏ phấn khởi trước những quyết sách kịp thời của "
                    "Quốc hội, đồng thời kiến nghị quan tâm đầu tư hạ tầng giao thông nông thôn, "
                    "hỗ trợ người dân phát triển sản xuất, nâng cao chất lượng khám chữa bệnh ở "
                    "tuyến cơ sở."
                ),
                Image(
                    _media("1be0f4_cu-tri-phat-bieu"),
                    "Cử tri huyện Lộc Bình phát biểu ý kiến tại buổi tiếp xúc",
                    "figure",
                ),
                P(
                    "Các kiến nghị của cử tri đã được đại diện lãnh đạo địa phương trả lời trực "
                    "tiếp tại hội nghị. Những nội dung thuộc thẩm quyền của Trung ương sẽ được "
                    "Đoàn tổng hợp, chuyển đến cơ quan có thẩm quyền xem xét, giải quyết."
                ),
            ),
            published=datetime(2022, 2, 12, 8, 0, 0),
            byline="Tin, ảnh: Lan Hương",
            authors=("Lan Hương",),
            tags=("Đoàn đại biểu Quốc hội", "tiếp xúc cử tri"),
            discovery=Discovery(home=True, listing=True, rss=False, sitemap=True),
            markup=Markup(published_meta=False, lead_wrap=""),
        ),
        Article(
            article_id=5072115,
            generation="current",
            slug="soi-noi-giai-viet-da-truyen-thong-thanh-pho-lang-son",
            category="the-thao",
            title="Sôi nổi giải việt dã truyền thống thành phố Lạng Sơn",
            lead_prefix="LSO- ",
            lead=(
                "Sáng 12/2, Trung tâm Văn hóa, Thể thao và Truyền thông thành phố Lạng Sơn tổ chức "
                "giải việt dã truyền thống năm 2022 với sự tham gia của hơn 600 vận động viên."
            ),
            blocks=(
                P(
                    "Các vận động viên thi đấu ở 6 nhóm tuổi, cự ly từ 1.500 m đến 5.000 m, trên "
                    "tuyến đường quanh hồ Phai Loạn. Dù trời rét, không khí tranh tài diễn ra sôi "
                    "nổi trong tiếng cổ vũ của đông đảo người dân."
                ),
                Image(
                    _media("2cd105_viet-da-phai-loan"),
                    "Các vận động viên xuất phát ở nội dung 5.000 m nam",
                    "wp-caption",
                    lazy=True,
                ),
                P(
                    "Kết thúc giải, ban tổ chức đã trao giải nhất, nhì, ba và khuyến khích cho các "
                    "vận động viên có thành tích cao ở từng nội dung; giải nhất toàn đoàn thuộc về "
                    "phường Chi Lăng."
                ),
            ),
            published=datetime(2022, 2, 12, 10, 25, 0),
            byline="Bài, ảnh: Việt Dũng",
            authors=("Việt Dũng",),
            tags=("việt dã", "thể thao phong trào"),
            discovery=_EVERYWHERE,
        ),
    ]


def _seed_article() -> Article:
    """The older-generation page whose visible text is seed_article.txt, built from that text."""
    lines = SEED_FILE.read_text(encoding="utf-8").split("\n\n")
    _date_header, title, lead_line, *body, byline = lines
    prefix = "LSO- "
    assert lead_line.startswith(prefix) and len(body) == 6, "seed_article.txt changed shape"
    caption = body[2]
    return Article(
        article_id=105873,
        generation="legacy",
        slug="tong-ket-cong-tac-dan-van-nam-2015",
        category="chinh-tri",
        subcategory="xay-dung-dang",
        title=title,
        lead_prefix=prefix,
        lead=lead_line.removeprefix(prefix),
        blocks=(
            P(body[0]),
            P(body[1]),
            Image("/uploads/2015/12/31/64821.jpg", caption, "table"),
            *(P(text) for text in body[3:]),
        ),
        published=datetime(2015, 12, 31, 16, 45, 0),
        byline=byline,
        authors=("Hoàng Tùng",),
        related=(290144, 310783),
        discovery=_LISTED,
        markup=Markup(heading="h1", lead_block="sapo", lead_wrap=""),
    )


def _legacy_articles() -> list[Article]:
    return [
        _seed_article(),
        Article(
            article_id=310783,
            generation="legacy",
            slug="dai-hoi-dang-cap-co-so-va-tren-co-so-nhung-ket-qua-noi-bat",
            category="chinh-tri",
            subcategory="xay-dung-dang",
            title="Đại hội Đảng cấp cơ sở và trên cơ sở: Những kết quả nổi bật",
            lead_prefix="LSO- ",
            lead=(
                "Đến nay, 100% tổ chức cơ sở đảng và 14 đảng bộ trực thuộc Tỉnh ủy đã tổ chức "
                "thành công đại hội nhiệm kỳ 2020 – 2025, bảo đảm đúng tiến độ, nội dung và quy "
                "định của Trung ương."
            ),
            blocks=(
                P(
                    "Các đại hội đã đánh giá đúng thực trạng tình hình, rút ra những bài học kinh "
                    "nghiệm trong nhiệm kỳ qua; đề ra phương hướng, mục tiêu, nhiệm vụ và giải "
                    "pháp sát với thực tiễn của từng địa phương, đơn vị."
                ),
                P(
                    "Công tác chuẩn bị nhân sự được thực hiện chặt chẽ, dân chủ, đúng quy trình. "
                    "Tỷ lệ cấp ủy viên nữ, cấp ủy viên trẻ và người dân tộc thiểu số đều đạt và "
                    "vượt chỉ tiêu đề ra; 100% đảng bộ thực hiện chủ trương bí thư cấp ủy không "
                    "là người địa phương ở những nơi có điều kiện."
                ),
                P(
                    "Đặc biệt, nhiều đại hội đã đổi mới cách thức tổ chức, ứng dụng công nghệ "
                    "thông tin, giảm bớt thủ tục hành chính, tạo không khí dân chủ, đoàn kết, góp "
                    "phần quan trọng vào thành công chung của Đại hội Đảng bộ tỉnh lần thứ XVII."
                ),
            ),
            published=datetime(2020, 9, 26, 8, 15, 0),
            byline="ĐẶNG DŨNG",
            authors=("Đặng Dũng",),
            related=(105873, 290144),
            discovery=_LISTED,
            markup=Markup(heading="h2", lead_block="p", lead_wrap="strong"),
        ),
        Article(
            article_id=241560,
            generation="legacy",
            slug="na-chi-lang-duoc-mua-duoc-gia",
            category="kinh-te",
            subcategory="nong-nghiep",
            title="Na Chi Lăng được mùa, được giá",
            lead_prefix="LSO -",
            lead=(
                "Những ngày này, nông dân huyện Chi Lăng đang bước vào vụ thu hoạch na chính vụ. "
                "Năm nay, na vừa được mùa lại được giá, mang lại niềm vui cho người trồng."
            ),
            blocks=(
                P(
                    "Toàn huyện hiện có khoảng 3.000 ha na, sản lượng dự kiến đạt trên 30.000 "
                    "tấn. Giá na loại 1 tại vườn dao động từ 50.000 đến 70.000 đồng/kg, cao hơn "
                    "năm trước từ 10.000 đến 15.000 đồng/kg."
                ),
                Image("/uploads/2019/08/12/98412.jpg", "Người dân xã Chi Lăng thu hoạch na", "em"),
                P(
                    "Gia đình ông Hoàng Văn Kiên ở thôn Quán Thanh, xã Chi Lăng có 2 ha na. Ông "
                    "cho biết, nhờ áp dụng kỹ thuật thụ phấn nhân tạo, bao quả và bón phân hữu "
                    "cơ, quả na to, đẹp, được thương lái đặt mua ngay tại vườn."
                ),
                P(
                    "Để nâng cao giá trị sản phẩm, huyện đang tiếp tục hướng dẫn người dân sản "
                    "xuất theo tiêu chuẩn VietGAP, quảng bá thương hiệu na Chi Lăng qua các hội "
                    "chợ và sàn thương mại điện tử."
                ),
            ),
            published=datetime(2019, 8, 12, 16, 40, 0),
            byline="Bài, ảnh: Vi Thảo",
            authors=("Vi Thảo",),
            related=(DEAD_LEGACY_LINK, 148037),
            discovery=_LISTED,
            markup=Markup(heading="h1", lead_block="p", lead_wrap=""),
        ),
        Article(
            article_id=178902,
            generation="legacy",
            slug="giu-gin-lan-dieu-then-dan-tinh",
            category="van-hoa",
            subcategory="van-hoa-nghe-thuat",
            title="Giữ gìn làn điệu then, đàn tính",
            lead_prefix="LSO- ",
            lead=(
                "Hát then, đàn tính là loại hình nghệ thuật dân gian đặc sắc của đồng bào Tày, "
                "Nùng. Những năm qua, nhiều câu lạc bộ hát then, đàn tính ra đời đã góp phần giữ "
                "gìn, phát huy giá trị di sản này."
            ),
            blocks=(
                P(
                    "Hiện toàn tỉnh có hơn 30 câu lạc bộ hát then, đàn tính với gần 1.000 hội "
                    "viên, trong đó có nhiều hội viên nhỏ tuổi. Các câu lạc bộ duy trì sinh hoạt "
                    "định kỳ, truyền dạy cho thế hệ trẻ những làn điệu then cổ."
                ),
                Image("/uploads/2017/11/20/71240.jpg", None, "none"),
                P(
                    "Nghệ nhân Hoàng Thị Cấp ở xã Vân Mộng, huyện Văn Quan đã dành hơn 20 năm sưu "
                    "tầm, truyền dạy then cổ cho con cháu trong vùng. Bà tâm sự, chỉ mong có "
                    "nhiều người trẻ biết hát, biết đàn để then không bị mai một."
                ),
                Image(
                    "/uploads/2017/11/20/71241.jpg",
                    "Câu lạc bộ hát then, đàn tính xã Vân Mộng biểu diễn tại liên hoan",
                    "table",
                ),
                P(
                    "Ngành văn hóa tỉnh thường xuyên tổ chức liên hoan, hội thi hát then, đàn "
                    "tính, mở các lớp truyền dạy tại cộng đồng, góp phần xây dựng hồ sơ đề nghị "
                    "UNESCO ghi danh thực hành then là di sản văn hóa phi vật thể đại diện của "
                    "nhân loại."
                ),
            ),
            published=datetime(2017, 11, 20, 9, 0, 0),
            byline="Bài: Mai Hương - Ảnh: Hữu Việt",
            authors=("Mai Hương", "Hữu Việt"),
            related=(148037,),
            discovery=_LISTED,
            markup=Markup(heading="h1", lead_block="sapo", lead_wrap="", wrapped_source=True),
        ),
        Article(
            article_id=275318,
            generation="legacy",
            slug="thu-giu-hon-200-kg-phao-no-van-chuyen-qua-bien-gioi",
            category="phap-luat",
            subcategory="an-ninh-trat-tu",
            title="Thu giữ hơn 200 kg pháo nổ vận chuyển qua biên giới",
            lead_prefix="(LSO) - ",
            lead=(
                "Chiều 7/1, Đồn Biên phòng cửa khẩu Chi Ma phối hợp với Công an huyện Lộc Bình "
                "bắt giữ một vụ vận chuyển trái phép pháo nổ qua biên giới, thu giữ 210 kg pháo "
                "các loại."
            ),
            blocks=(
                P(
                    "Khoảng 16 giờ cùng ngày, tại khu vực biên giới thuộc xã Yên Khoái, huyện Lộc "
                    "Bình, tổ công tác phát hiện hai đối tượng đang vận chuyển 14 bao tải có dấu "
                    "hiệu nghi vấn vào nội địa. Thấy lực lượng chức năng, các đối tượng đã bỏ lại "
                    "hàng hóa, bỏ chạy."
                ),
                P(
                    "Kiểm tra các bao tải, tổ công tác phát hiện bên trong chứa 210 kg pháo nổ "
                    "các loại do nước ngoài sản xuất. Toàn bộ tang vật đã được lập biên bản, bàn "
                    "giao cho cơ quan chức năng xử lý theo quy định."
                ),
                P(
                    "Dịp cuối năm, tình hình buôn lậu, vận chuyển trái phép pháo nổ qua biên giới "
                    "có chiều hướng gia tăng. Các lực lượng chức năng đang tăng cường tuần tra, "
                    "kiểm soát trên các tuyến, địa bàn trọng điểm."
                ),
            ),
            published=datetime(2020, 1, 8, 14, 20, 0),
            byline="Tin, ảnh: Nguyễn Chung",
            authors=("Nguyễn Chung",),
            discovery=_LISTED,
            markup=Markup(heading="h2", lead_block="p", lead_wrap="strong"),
        ),
        Article(
            article_id=332190,
            generation="legacy",
            slug="lang-son-tiem-vac-xin-phong-covid-19-cho-nhan-vien-y-te-tuyen-dau",
            category="xa-hoi",
            subcategory="y-te",
            title="Lạng Sơn tiêm vắc xin phòng COVID-19 cho nhân viên y tế tuyến đầu",
            lead_prefix="LSO-",
            lead=(
                "Sáng 9/3, Sở Y tế tổ chức tiêm vắc xin phòng COVID-19 đợt đầu tiên cho nhân viên "
                "y tế đang làm việc tại các cơ sở điều trị, khu cách ly trên địa bàn tỉnh."
            ),
            blocks=(
                P(
                    "Đợt này, tỉnh được phân bổ 2.400 liều vắc xin AstraZeneca, ưu tiên tiêm cho "
                    "nhân viên y tế trực tiếp tham gia phòng, chống dịch, lực lượng làm việc tại "
                    "các khu cách ly tập trung và cửa khẩu."
                ),
                P(
                    "Trước khi tiêm, người được tiêm được khám sàng lọc, tư vấn kỹ lưỡng; sau "
                    "tiêm được theo dõi 30 phút tại điểm tiêm và tiếp tục tự theo dõi sức khỏe "
                    "tại nhà trong 24 giờ. Các điểm tiêm đều bố trí đội cấp cứu lưu động để xử "
                    "trí kịp thời nếu có phản ứng sau tiêm."
                ),
                P(
                    "Sau buổi sáng đầu tiên, 120 nhân viên y tế đã được tiêm, chưa ghi nhận trường "
                    "hợp nào có phản ứng bất thường."
                ),
            ),
            published=datetime(2021, 3, 9, 10, 50, 0),
            byline="THANH HUYỀN",
            authors=("Thanh Huyền",),
            related=(LEGACY_REDIRECT_LINK, 310783),
            discovery=_LISTED,
            markup=Markup(heading="h1", lead_block="sapo", lead_wrap="strong"),
        ),
        Article(
            article_id=148037,
            generation="legacy",
            slug="mau-son-mua-dao-no",
            category="du-lich",
            subcategory="diem-den",
            title="Mẫu Sơn mùa đào nở",
            lead_prefix="",
            lead=(
                "Những ngày đầu xuân, trên đỉnh Mẫu Sơn, hoa đào bung nở khắp các sườn đồi, thu "
                "hút đông đảo du khách đến tham quan, chụp ảnh."
            ),
            blocks=(
                P(
                    "Đào Mẫu Sơn có sắc hồng đậm, cánh dày, nở muộn hơn đào ở miền xuôi. Người "
                    "dân nơi đây cho biết, mỗi năm hoa nở rộ nhất vào khoảng cuối tháng Giêng âm "
                    "lịch, khi tiết trời còn lạnh và sương mù bao phủ."
                ),
                Image(
                    "/uploads/2017/02/03/60133.jpg",
                    "Hoa đào nở rộ bên những ngôi nhà của đồng bào Dao ở Mẫu Sơn",
                    "em",
                ),
                P(
                    "Bên cạnh ngắm hoa, du khách còn được thưởng thức các món ăn đặc sản như lợn "
                    "quay, gà đen, chè Shan tuyết và tìm hiểu phong tục, tập quán của đồng bào "
                    "Dao. Nhiều hộ dân đã mở dịch vụ ăn nghỉ, bán hàng lưu niệm, tăng thu nhập "
                    "cho gia đình."
                ),
                P(
                    "Để thu hút du khách, huyện Lộc Bình đang phối hợp với các cơ quan chức năng "
                    "nâng cấp tuyến đường lên đỉnh núi, quy hoạch lại các điểm dừng chân, ngắm "
                    "cảnh."
                ),
            ),
            published=datetime(2017, 2, 3, 15, 10, 0),
            byline="Bài, ảnh: Hà Linh",
            authors=("Hà Linh",),
            related=(241560, 178902),
            discovery=_LISTED,
            markup=Markup(heading="h2", lead_block="p", lead_wrap=""),
        ),
        Article(
            article_id=290144,
            generation="legacy",
            slug="nang-cao-chat-luong-sinh-hoat-chi-bo",
            category="chinh-tri",
            subcategory="xay-dung-dang",
            title="Nâng cao chất lượng sinh hoạt chi bộ",
            lead_prefix="LSO- ",
            lead=(
                "Thời gian qua, các cấp ủy đảng trong tỉnh đã tập trung đổi mới, nâng cao chất "
                "lượng sinh hoạt chi bộ, góp phần xây dựng tổ chức cơ sở đảng trong sạch, vững "
                "mạnh."
            ),
            blocks=(
                P(
                    "Theo Ban Tổ chức Tỉnh ủy, đến nay, 100% chi bộ trực thuộc đảng ủy cơ sở duy "
                    "trì sinh hoạt định kỳ hằng tháng; nhiều chi bộ đã lựa chọn nội dung sinh "
                    "hoạt chuyên đề sát với nhiệm vụ chính trị của địa phương, cơ quan, đơn vị."
                ),
                P(
                    "Tại Chi bộ thôn Pác Mòng, xã Hồng Phong, huyện Bình Gia, các buổi sinh hoạt "
                    "chi bộ đều được chuẩn bị chu đáo, tập trung bàn các giải pháp phát triển "
                    "kinh tế, xây dựng nông thôn mới. Nhờ vậy, nhiều chủ trương của chi bộ được "
                    "người dân đồng tình, hưởng ứng."
                ),
                P(
                    "Thời gian tới, các cấp ủy tiếp tục tăng cường kiểm tra, hướng dẫn, định kỳ "
                    "đánh giá chất lượng sinh hoạt chi bộ, kịp thời biểu dương những cách làm "
                    "hay, đồng thời chấn chỉnh những chi bộ sinh hoạt hình thức."
                ),
            ),
            published=datetime(2019, 11, 5, 7, 45, 0),
            byline="Bài: Nông Thu - Ảnh: Việt Dũng",
            authors=("Nông Thu", "Việt Dũng"),
            related=(105873, 310783),
            discovery=_LISTED,
            markup=Markup(heading="h1", lead_block="sapo", lead_wrap=""),
        ),
    ]


def articles() -> list[Article]:
    """Every article of the first state, both generations."""
    return _current_articles() + _legacy_articles()


# Boxes shown on every current-template page ("Đọc nhiều") and on the home page ("Tin mới").
MOST_READ: tuple[int | Link, ...] = (5071654, 5071702, 5071950, FRAGMENT_LINK, ERROR_LINK, 5071811)
HOME_EXTRA: tuple[Link, ...] = (SHELL_LINK,)

# Old URL -> where it now lives: a renamed slug (same id) and an older-generation URL.
REDIRECTS = {
    OLD_SLUG_LINK.path: (
        "/lang-son-va-quang-tay-trung-quoc-tang-cuong-hop-tac-thuong-mai-5071950.html"
    ),
    LEGACY_REDIRECT_LINK.path: (
        "/hon-1000-thi-sinh-du-ky-thi-chon-hoc-sinh-gioi-cap-tinh-5003412.html"
    ),
}
ERRORS = {ERROR_LINK.path: 500}
SHELLS = (SHELL_LINK.path,)
