<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>유효한 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>a drill is a JSON object</source>
        <translation>드릴은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown traffic shape &quot;%1&quot;; expected constant, ramp, spike or diurnal</source>
        <translation>알 수 없는 트래픽 형태 &quot;%1&quot;. constant, ramp, spike 또는 diurnal이어야 합니다</translation>
    </message>
    <message>
        <source>an event is an object {&quot;at&quot;, &quot;do&quot;, &quot;target&quot;}</source>
        <translation>이벤트는 {&quot;at&quot;, &quot;do&quot;, &quot;target&quot;} 형식의 객체입니다</translation>
    </message>
    <message>
        <source>an event needs &quot;at&quot; (seconds)</source>
        <translation>이벤트에는 &quot;at&quot;(초)이 필요합니다</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected one of: %2</source>
        <translation>알 수 없는 동작 &quot;%1&quot;. 다음 중 하나여야 합니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;target&quot;</source>
        <translation>&quot;%1&quot;에는 &quot;target&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;value&quot;</source>
        <translation>&quot;%1&quot;에는 &quot;value&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>unknown strategy &quot;%1&quot;; expected rolling, blue-green or canary</source>
        <translation>알 수 없는 전략 &quot;%1&quot;. rolling, blue-green 또는 canary여야 합니다</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;; expected crash or hang</source>
        <translation>알 수 없는 모드 &quot;%1&quot;. crash 또는 hang이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;healthy&quot; must be true or false</source>
        <translation>&quot;healthy&quot;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;events&quot; must be a list</source>
        <translation>&quot;events&quot;는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; expected one of: %2</source>
        <translation>알 수 없는 지표 &quot;%1&quot;. 다음 중 하나여야 합니다: %2</translation>
    </message>
    <message>
        <source>an expectation needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>기대 조건에는 &quot;min&quot; 또는 &quot;max&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; needs a &quot;target&quot;</source>
        <translation>지표 &quot;%1&quot;에는 &quot;target&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;expect&quot; must be a list</source>
        <translation>&quot;expect&quot;는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot;: not an id of the design, a zone, or a group&apos;s instance (Group-N)</source>
        <translation>알 수 없는 대상 &quot;%1&quot;: 설계의 ID, 영역 또는 그룹의 인스턴스(Group-N)가 아닙니다</translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot;</source>
        <translation>알 수 없는 대상 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only &quot;set-rps&quot; takes a traffic &quot;shape&quot;</source>
        <translation>&quot;set-rps&quot;만 트래픽 &quot;shape&quot;을 받습니다</translation>
    </message>
    <message>
        <source>not valid JSON: raw control character U+%1 (write it escaped, as \u%1)</source>
        <translation>올바른 JSON이 아닙니다: 제어 문자 U+%1 (\u%1처럼 이스케이프해서 쓰세요)</translation>
    </message>
    <message>
        <source>only &quot;deploy&quot; takes an &quot;errorRate&quot;</source>
        <translation>&quot;deploy&quot;만 &quot;errorRate&quot;를 받습니다</translation>
    </message>
</context>
<context>
    <name>DrillMsg</name>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot;은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation>&quot;%1&quot;은(는) %2~%3 범위여야 합니다(현재: %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot;은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>알 수 없는 키 &quot;%1&quot;. 다음 중 하나여야 합니다: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open design</source>
        <translation>설계를 열 수 없음</translation>
    </message>
</context>
<context>
    <name>skydraft::Appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
</context>
<context>
    <name>skydraft::CanvasView</name>
    <message>
        <source>Click on the canvas to place a %1 (Esc cancels).</source>
        <translation>캔버스를 클릭하여 %1을(를) 배치합니다(Esc: 취소).</translation>
    </message>
    <message>
        <source>Drag from one resource to another to connect them (Esc ends).</source>
        <translation>한 리소스에서 다른 리소스로 드래그하여 연결합니다(Esc: 종료).</translation>
    </message>
    <message>
        <source>Cannot place a %1 here: %2</source>
        <translation>여기에 %1을(를) 배치할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Place a %1 on the canvas</source>
        <translation>캔버스에 %1 배치</translation>
    </message>
    <message>
        <source>Place a %1 in %2</source>
        <translation>%2에 %1 배치</translation>
    </message>
    <message>
        <source>%1 cannot go here: %2</source>
        <translation>%1은(는) 여기에 둘 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Release to move %1 out of its container</source>
        <translation>놓으면 %1이(가) 컨테이너 밖으로 이동합니다</translation>
    </message>
    <message>
        <source>Release to move %1 into %2</source>
        <translation>놓으면 %1이(가) %2 안으로 이동합니다</translation>
    </message>
</context>
<context>
    <name>skydraft::Catalogue</name>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>From port</source>
        <translation>시작 포트</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>종료 포트</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Admits the private addresses of every resource carrying this group.</source>
        <translation>이 보안 그룹이 연결된 모든 리소스의 프라이빗 주소를 허용합니다.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Rule number</source>
        <translation>규칙 번호</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>허용/거부</translation>
    </message>
    <message>
        <source>Record name</source>
        <translation>레코드 이름</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>레코드 유형</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>An alias follows the AWS resource&apos;s addresses and uses its TTL.</source>
        <translation>별칭은 AWS 리소스의 주소를 따르며 해당 리소스의 TTL을 사용합니다.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL(초)</translation>
    </message>
    <message>
        <source>An alias record has no TTL of its own: it uses its target&apos;s (60 s for a load balancer).</source>
        <translation>별칭 레코드에는 자체 TTL이 없으며 대상의 TTL을 사용합니다(로드 밸런서는 60초).</translation>
    </message>
    <message>
        <source>Routing policy</source>
        <translation>라우팅 정책</translation>
    </message>
    <message>
        <source>Failover role</source>
        <translation>장애 조치 역할</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Evaluate target health</source>
        <translation>대상 상태 평가</translation>
    </message>
    <message>
        <source>IPv4 CIDR</source>
        <translation>IPv4 CIDR</translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation>DNS 확인</translation>
    </message>
    <message>
        <source>DNS hostnames</source>
        <translation>DNS 호스트 이름</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>테넌시</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>영역 이름</translation>
    </message>
    <message>
        <source>Auto-assign public IPv4</source>
        <translation>퍼블릭 IPv4 자동 할당</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <source>Empty: the VPC&apos;s main route table.</source>
        <translation>비워 두면 VPC의 기본 라우팅 테이블을 사용합니다.</translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation>네트워크 ACL</translation>
    </message>
    <message>
        <source>Empty: the VPC&apos;s default network ACL, which allows everything.</source>
        <translation>비워 두면 모든 트래픽을 허용하는 VPC의 기본 네트워크 ACL을 사용합니다.</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>연결 유형</translation>
    </message>
    <message>
        <source>Associated with</source>
        <translation>연결 대상</translation>
    </message>
    <message>
        <source>Main route table</source>
        <translation>기본 라우팅 테이블</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>The local route for the VPC CIDR is always present.</source>
        <translation>VPC CIDR에 대한 로컬 라우팅은 항상 있습니다.</translation>
    </message>
    <message>
        <source>Default ACL</source>
        <translation>기본 ACL</translation>
    </message>
    <message>
        <source>Inbound rules</source>
        <translation>인바운드 규칙</translation>
    </message>
    <message>
        <source>Outbound rules</source>
        <translation>아웃바운드 규칙</translation>
    </message>
    <message>
        <source>A new group admits nothing inbound.</source>
        <translation>새 보안 그룹은 인바운드 트래픽을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>A new group allows all outbound traffic.</source>
        <translation>새 보안 그룹은 모든 아웃바운드 트래픽을 허용합니다.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>체계</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>One load-balancer node per subnet&apos;s AZ; an ALB needs two AZs.</source>
        <translation>서브넷의 가용 영역마다 로드 밸런서 노드가 하나씩 생깁니다. ALB에는 가용 영역이 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>리스너</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>대상 그룹</translation>
    </message>
    <message>
        <source>Instance protocol</source>
        <translation>인스턴스 프로토콜</translation>
    </message>
    <message>
        <source>Instance port</source>
        <translation>인스턴스 포트</translation>
    </message>
    <message>
        <source>Certificate ARN</source>
        <translation>인증서 ARN</translation>
    </message>
    <message>
        <source>Cross-zone load balancing</source>
        <translation>교차 영역 로드 밸런싱</translation>
    </message>
    <message>
        <source>Idle timeout (s)</source>
        <translation>유휴 제한 시간(초)</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>Health check protocol</source>
        <translation>상태 확인 프로토콜</translation>
    </message>
    <message>
        <source>Health check port</source>
        <translation>상태 확인 포트</translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation>상태 확인 경로</translation>
    </message>
    <message>
        <source>Health check interval (s)</source>
        <translation>상태 확인 간격(초)</translation>
    </message>
    <message>
        <source>Health check timeout (s)</source>
        <translation>상태 확인 제한 시간(초)</translation>
    </message>
    <message>
        <source>Healthy threshold</source>
        <translation>정상 임계값</translation>
    </message>
    <message>
        <source>Unhealthy threshold</source>
        <translation>비정상 임계값</translation>
    </message>
    <message>
        <source>Sticky sessions (AWSELB cookie)</source>
        <translation>고정 세션(AWSELB 쿠키)</translation>
    </message>
    <message>
        <source>Cookie duration (s, 0: browser session)</source>
        <translation>쿠키 지속 시간(초, 0: 브라우저 세션)</translation>
    </message>
    <message>
        <source>Connection draining</source>
        <translation>연결 드레이닝</translation>
    </message>
    <message>
        <source>Draining timeout (s)</source>
        <translation>드레이닝 제한 시간(초)</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>대상 유형</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>알고리즘</translation>
    </message>
    <message>
        <source>&quot;traffic-port&quot; or a port number.</source>
        <translation>&quot;traffic-port&quot; 또는 포트 번호입니다.</translation>
    </message>
    <message>
        <source>Success codes</source>
        <translation>성공 코드</translation>
    </message>
    <message>
        <source>Deregistration delay (s)</source>
        <translation>등록 취소 지연(초)</translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <translation>고정 세션</translation>
    </message>
    <message>
        <source>Stickiness type</source>
        <translation>고정 세션 유형</translation>
    </message>
    <message>
        <source>Stickiness duration (s)</source>
        <translation>고정 세션 지속 시간(초)</translation>
    </message>
    <message>
        <source>Registered targets</source>
        <translation>등록된 대상</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>인스턴스 유형</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>키 페어</translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation>퍼블릭 IPv4</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>사용자 데이터</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>최소 용량</translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation>최대 용량</translation>
    </message>
    <message>
        <source>Desired capacity</source>
        <translation>원하는 용량</translation>
    </message>
    <message>
        <source>Defaults to the minimum.</source>
        <translation>기본값은 최소 용량입니다.</translation>
    </message>
    <message>
        <source>Launch template</source>
        <translation>시작 템플릿</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>대상 그룹</translation>
    </message>
    <message>
        <source>Health check type</source>
        <translation>상태 확인 유형</translation>
    </message>
    <message>
        <source>Health check grace period (s)</source>
        <translation>상태 확인 유예 기간(초)</translation>
    </message>
    <message>
        <source>Default cooldown (s)</source>
        <translation>기본 휴지 기간(초)</translation>
    </message>
    <message>
        <source>Instance warm-up (s)</source>
        <translation>인스턴스 워밍업(초)</translation>
    </message>
    <message>
        <source>Termination policy</source>
        <translation>종료 정책</translation>
    </message>
    <message>
        <source>Scaling policies</source>
        <translation>조정 정책</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>정책 유형</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>대상 값</translation>
    </message>
    <message>
        <source>Adjustment type</source>
        <translation>조정 유형</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>조정 값</translation>
    </message>
    <message>
        <source>Alarm threshold</source>
        <translation>경보 임계값</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교 연산자</translation>
    </message>
    <message>
        <source>Period (s)</source>
        <translation>기간(초)</translation>
    </message>
    <message>
        <source>Evaluation periods</source>
        <translation>평가 기간</translation>
    </message>
    <message>
        <source>Datapoints to alarm</source>
        <translation>경보를 발생시킬 데이터 포인트</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>휴지 기간(초)</translation>
    </message>
    <message>
        <source>Disable scale-in</source>
        <translation>축소 비활성화</translation>
    </message>
    <message>
        <source>Empty: the VPC&apos;s default group.</source>
        <translation>비워 두면 VPC의 기본 보안 그룹을 사용합니다.</translation>
    </message>
    <message>
        <source>&quot;subnet-default&quot; follows the subnet&apos;s auto-assign setting.</source>
        <translation>&quot;subnet-default&quot;는 서브넷의 퍼블릭 IPv4 자동 할당 설정을 따릅니다.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>엔진 버전</translation>
    </message>
    <message>
        <source>Instance class</source>
        <translation>인스턴스 클래스</translation>
    </message>
    <message>
        <source>Storage (GiB)</source>
        <translation>스토리지(GiB)</translation>
    </message>
    <message>
        <source>Multi-AZ standby</source>
        <translation>다중 AZ 대기 인스턴스</translation>
    </message>
    <message>
        <source>Publicly accessible</source>
        <translation>퍼블릭 액세스 가능</translation>
    </message>
    <message>
        <source>DB subnet group</source>
        <translation>DB 서브넷 그룹</translation>
    </message>
    <message>
        <source>A DB subnet group must cover at least two AZs.</source>
        <translation>DB 서브넷 그룹은 가용 영역을 두 개 이상 포함해야 합니다.</translation>
    </message>
    <message>
        <source>Backup retention (days)</source>
        <translation>백업 보존 기간(일)</translation>
    </message>
    <message>
        <source>Replica of</source>
        <translation>복제 원본</translation>
    </message>
    <message>
        <source>Set to make this instance an asynchronous read replica.</source>
        <translation>지정하면 이 인스턴스가 비동기 읽기 전용 복제본이 됩니다.</translation>
    </message>
    <message>
        <source>Preferred AZ</source>
        <translation>기본 설정 가용 영역</translation>
    </message>
    <message>
        <source>Zone name of the primary; empty lets AWS choose.</source>
        <translation>기본 인스턴스가 위치할 영역 이름입니다. 비워 두면 AWS가 선택합니다.</translation>
    </message>
    <message>
        <source>Aurora replicas</source>
        <translation>Aurora 복제본</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>노드 유형</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>샤드</translation>
    </message>
    <message>
        <source>Replicas per shard</source>
        <translation>샤드당 복제본</translation>
    </message>
    <message>
        <source>Automatic failover</source>
        <translation>자동 장애 조치</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>다중 AZ</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Cache subnet group</source>
        <translation>캐시 서브넷 그룹</translation>
    </message>
    <message>
        <source>Off on non-default subnets; an instance can override it at launch.</source>
        <translation>기본이 아닌 서브넷에서는 꺼져 있습니다. 인스턴스를 시작할 때 재정의할 수 있습니다.</translation>
    </message>
    <message>
        <source>Classic Load Balancers</source>
        <translation>Classic Load Balancer</translation>
    </message>
    <message>
        <source>Defined outside the design</source>
        <translation>설계 외부에서 정의됨</translation>
    </message>
    <message>
        <source>A placeholder for something that exists elsewhere (a template parameter or an imported value): its contents are unknown, so the checker makes no claims about it.</source>
        <translation>다른 곳에 있는 항목(템플릿 파라미터 또는 가져온 값)을 나타내는 자리 표시자입니다. 내용을 알 수 없으므로 검사기는 이 항목에 대해 판단하지 않습니다.</translation>
    </message>
    <message>
        <source>Sessions kept in</source>
        <translation>세션 저장 위치</translation>
    </message>
    <message>
        <source>Where the application keeps user sessions. In instance memory they are lost with the instance (the simulator counts sessions_lost); in a cache, with the cache&apos;s data; in a database, kept.</source>
        <translation>애플리케이션이 사용자 세션을 보관하는 곳입니다. 인스턴스 메모리에 두면 인스턴스와 함께 사라지고(시뮬레이터가 sessions_lost로 셉니다), 캐시에 두면 캐시의 데이터와 함께 사라지며, 데이터베이스에 두면 유지됩니다.</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>How an imported template took this resource from outside (a parameter, an imported value, or the account&apos;s default VPC): exports refer to it the same way and never create it.</source>
        <translation>가져온 템플릿이 이 리소스를 외부에서 받은 방식(파라미터, 가져온 값, 계정의 기본 VPC)입니다. 내보내기는 같은 방식으로 참조하며 절대 새로 만들지 않습니다.</translation>
    </message>
    <message>
        <source>Requests calling the internet (%)</source>
        <translation>인터넷 호출 요청 비율(%)</translation>
    </message>
    <message>
        <source>Share of the application&apos;s requests that call something outside the VPC (a payment API...). The simulator fails them when the subnet&apos;s route to the internet is lost (its NAT gateway failed or in a lost zone).</source>
        <translation>애플리케이션 요청 중 VPC 밖(결제 API 등)을 호출하는 비율입니다. 서브넷의 인터넷 경로가 끊기면(NAT 게이트웨이 장애 또는 잃은 영역) 시뮬레이터는 이 요청을 실패시킵니다.</translation>
    </message>
    <message>
        <source>Application follows a promotion</source>
        <translation>승격 시 애플리케이션 전환</translation>
    </message>
    <message>
        <source>For a read replica: a promotion makes a stand-alone instance with its own endpoint. On: the application is pointed at it when the promotion ends (a DNS name or configuration you switch). Off: writes keep going to the old primary until the application is repointed.</source>
        <translation>읽기 전용 복제본용: 승격하면 자체 엔드포인트를 가진 독립 인스턴스가 됩니다. 켜기: 승격이 끝나면 애플리케이션이 이 인스턴스를 가리킵니다(전환하는 DNS 이름이나 설정). 끄기: 애플리케이션을 다시 가리킬 때까지 쓰기는 이전 기본 인스턴스로 갑니다.</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>하한</translation>
    </message>
    <message>
        <source>Metric minus the alarm threshold where the step starts; empty: no lower bound.</source>
        <translation>단계가 시작되는 지표 값 - 경보 임계값. 비워 두면 하한이 없습니다.</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Metric minus the alarm threshold where the step ends; empty: no upper bound.</source>
        <translation>단계가 끝나는 지표 값 - 경보 임계값. 비워 두면 상한이 없습니다.</translation>
    </message>
    <message>
        <source>Step adjustments</source>
        <translation>단계 조정</translation>
    </message>
    <message>
        <source>Bands of the breach (metric minus the alarm threshold), sorted, without gaps or overlaps; the band holding the breach applies. Empty: one step from the threshold on with the policy&apos;s adjustment.</source>
        <translation>위반 크기(지표 값 - 경보 임계값)의 구간들. 순서대로, 빈틈이나 겹침 없이 적습니다. 위반이 속한 구간이 적용됩니다. 비워 두면 임계값부터 정책의 조정 값으로 한 단계입니다.</translation>
    </message>
    <message>
        <source>Listener rules</source>
        <translation>리스너 규칙</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>리스너 포트</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Path patterns</source>
        <translation>경로 패턴</translation>
    </message>
    <message>
        <source>Comma-separated path patterns (/api/*, /img/*); empty: any path.</source>
        <translation>쉼표로 구분한 경로 패턴(/api/*, /img/*). 비우면 모든 경로.</translation>
    </message>
    <message>
        <source>Host headers</source>
        <translation>호스트 헤더</translation>
    </message>
    <message>
        <source>Comma-separated host names (api.example.com, *.example.com); empty: any host.</source>
        <translation>쉼표로 구분한 호스트 이름(api.example.com, *.example.com). 비우면 모든 호스트.</translation>
    </message>
    <message>
        <source>Share of the rule&apos;s requests this target group gets, relative to the other rows of the same rule.</source>
        <translation>이 대상 그룹이 받는 규칙 요청의 몫으로, 같은 규칙의 다른 행에 대한 상대값입니다.</translation>
    </message>
    <message>
        <source>Traffic share (%)</source>
        <translation>트래픽 비율(%)</translation>
    </message>
    <message>
        <source>For the simulator, which has no request paths: the listener&apos;s requests this rule matches. 0: an equal share of what the other rules leave, with the default action.</source>
        <translation>요청 경로가 없는 시뮬레이터용: 이 규칙과 일치하는 리스너 요청의 비율. 0: 다른 규칙이 남긴 몫을 기본 작업과 균등하게 나눔.</translation>
    </message>
    <message>
        <source>CloudFormation id</source>
        <translation>CloudFormation ID</translation>
    </message>
    <message>
        <source>Logical id of the rule in an exported template (kept from an imported one); empty: made from the load balancer&apos;s.</source>
        <translation>내보낸 템플릿에서 규칙의 논리적 ID(가져온 템플릿의 ID 유지). 비우면 로드 밸런서의 ID로 만듦.</translation>
    </message>
    <message>
        <source>Evaluated by priority, lowest first, before the listener&apos;s default action. Rows with the same listener port and priority are one rule forwarding to several target groups by weight.</source>
        <translation>리스너의 기본 작업보다 먼저, 우선순위가 낮은 것부터 평가됩니다. 리스너 포트와 우선순위가 같은 행들은 가중치에 따라 여러 대상 그룹으로 전달하는 하나의 규칙입니다.</translation>
    </message>
    <message>
        <source>Source (inbound) or destination (outbound) IPv4 or IPv6 CIDR block (::/0 is the whole IPv6 internet); leave empty when a group or prefix list is given.</source>
        <translation>소스(인바운드) 또는 대상(아웃바운드) IPv4 또는 IPv6 CIDR 블록(::/0은 IPv6 인터넷 전체). 보안 그룹이나 접두사 목록을 지정하면 비워 둡니다.</translation>
    </message>
    <message>
        <source>Prefix list</source>
        <translation>접두사 목록</translation>
    </message>
    <message>
        <source>A managed prefix list id (pl-0a25c3463226fcc61): a named set of address ranges outside the design, such as CloudFront&apos;s origin-facing addresses.</source>
        <translation>관리형 접두사 목록 ID(pl-0a25c3463226fcc61): CloudFront의 오리진 대상 주소처럼 설계 밖에 있는, 이름이 붙은 주소 범위 집합입니다.</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 block; an IPv6 entry (::/0) applies to IPv6 traffic only.</source>
        <translation>IPv4 또는 IPv6 블록. IPv6 항목(::/0)은 IPv6 트래픽에만 적용됩니다.</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 block: ::/0 sends the IPv6 internet to an internet gateway or an egress-only internet gateway.</source>
        <translation>IPv4 또는 IPv6 블록: ::/0은 IPv6 인터넷 트래픽을 인터넷 게이트웨이나 송신 전용 인터넷 게이트웨이로 보냅니다.</translation>
    </message>
    <message>
        <source>IPv6 block</source>
        <translation>IPv6 블록</translation>
    </message>
    <message>
        <source>Empty: IPv4 only. &quot;amazon-provided&quot;: a /56 from Amazon&apos;s pool (AmazonProvidedIpv6CidrBlock). Or an IPv6 /56 of your own, such as 2600:1f18:aaaa:bb00::/56.</source>
        <translation>비우면 IPv4만 사용합니다. &quot;amazon-provided&quot;: Amazon 풀에서 받는 /56(AmazonProvidedIpv6CidrBlock). 또는 2600:1f18:aaaa:bb00::/56 같은 직접 소유한 IPv6 /56.</translation>
    </message>
    <message>
        <source>IPv6 block&apos;s template id</source>
        <translation>IPv6 블록의 템플릿 ID</translation>
    </message>
    <message>
        <source>The logical id of the AWS::EC2::VPCCidrBlock that gives the VPC its IPv6 block in CloudFormation, kept from an imported template; empty: the VPC&apos;s id followed by Ipv6CidrBlock.</source>
        <translation>CloudFormation에서 VPC에 IPv6 블록을 주는 AWS::EC2::VPCCidrBlock의 논리적 ID로, 가져온 템플릿에서 유지됩니다. 비우면 VPC ID 뒤에 Ipv6CidrBlock을 붙입니다.</translation>
    </message>
    <message>
        <source>Empty: IPv4 only. &quot;vpc:N&quot;: the N-th /64 (0 to 255) of the VPC&apos;s IPv6 block, as a template cuts it with !Cidr. Or an IPv6 /64 within the VPC&apos;s block, such as 2600:1f18:aaaa:bb01::/64. The VPC needs an IPv6 block.</source>
        <translation>비우면 IPv4만 사용합니다. &quot;vpc:N&quot;: 템플릿이 !Cidr로 자르듯 VPC IPv6 블록의 N번째 /64(0~255). 또는 2600:1f18:aaaa:bb01::/64 같은 VPC 블록 안의 IPv6 /64. VPC에 IPv6 블록이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Auto-assign IPv6 address</source>
        <translation>IPv6 주소 자동 할당</translation>
    </message>
    <message>
        <source>Instances launched here get an IPv6 address from the subnet&apos;s block (AssignIpv6AddressOnCreation); needs an IPv6 block.</source>
        <translation>여기서 시작한 인스턴스는 서브넷 블록에서 IPv6 주소를 받습니다(AssignIpv6AddressOnCreation). IPv6 블록이 필요합니다.</translation>
    </message>
    <message>
        <source>Logical id of the listener in an exported template (kept from an imported one); empty: made from the load balancer&apos;s.</source>
        <translation>내보낸 템플릿에서 이 리스너의 논리적 ID(가져온 템플릿의 것을 유지). 비우면 로드 밸런서의 ID로 만듭니다.</translation>
    </message>
</context>
<context>
    <name>skydraft::ChartsPanel</name>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>요청/초</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>오류/초</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>오류율</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>오류율</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>서비스 중</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>희망</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>5xx/s</source>
        <translation>5xx/초</translation>
    </message>
    <message>
        <source>Healthy targets</source>
        <translation>정상 대상</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Replication and writes</source>
        <translation>복제와 쓰기</translation>
    </message>
    <message>
        <source>s / writes/s</source>
        <translation>초 / 쓰기/초</translation>
    </message>
    <message>
        <source>replica lag (s)</source>
        <translation>복제 지연(초)</translation>
    </message>
    <message>
        <source>write errors/s</source>
        <translation>쓰기 오류/초</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>적중률</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>적중률</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation>작업/초</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translation>설계 전체</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <source>%1 at %2 s: %3 %4</source>
        <translation>%1, %2초: %3 %4</translation>
    </message>
    <message>
        <source>SkyDraft simulation charts</source>
        <translation>SkyDraft 시뮬레이션 차트</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>all zones</source>
        <translation>모든 영역</translation>
    </message>
</context>
<context>
    <name>skydraft::Checker</name>
    <message>
        <source>the internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>Elastic IP %1</source>
        <translation>탄력적 IP %1</translation>
    </message>
    <message>
        <source>a public IPv4 address</source>
        <translation>퍼블릭 IPv4 주소</translation>
    </message>
    <message>
        <source>%1 has no public IPv4 address or Elastic IP</source>
        <translation>%1에 퍼블릭 IPv4 주소나 탄력적 IP가 없습니다</translation>
    </message>
    <message>
        <source>instances get public IPv4 addresses</source>
        <translation>인스턴스에 퍼블릭 IPv4 주소 할당</translation>
    </message>
    <message>
        <source>%1&apos;s instances get no public IPv4 address in %2</source>
        <translation>%2에서는 %1의 인스턴스에 퍼블릭 IPv4 주소가 할당되지 않습니다</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>인터넷 경계</translation>
    </message>
    <message>
        <source>%1 is an internal load balancer</source>
        <translation>%1은(는) 내부 로드 밸런서입니다</translation>
    </message>
    <message>
        <source>publicly accessible</source>
        <translation>퍼블릭 액세스 가능</translation>
    </message>
    <message>
        <source>%1 is not publicly accessible (PubliclyAccessible is false)</source>
        <translation>%1은(는) 퍼블릭 액세스가 불가능합니다(PubliclyAccessible 값이 false)</translation>
    </message>
    <message>
        <source>%1 has no Elastic IP</source>
        <translation>%1에 탄력적 IP가 없습니다</translation>
    </message>
    <message>
        <source>%1 never has a public address</source>
        <translation>%1에는 퍼블릭 주소가 할당되지 않습니다</translation>
    </message>
    <message>
        <source>SSH or RDP open to the whole internet</source>
        <translation>인터넷 전체에 열려 있는 SSH 또는 RDP</translation>
    </message>
    <message>
        <source>Admit tcp/22 and tcp/3389 only from an admin range, or use Session Manager.</source>
        <translation>tcp/22와 tcp/3389는 관리용 주소 범위에서만 허용하거나 Session Manager를 사용하세요.</translation>
    </message>
    <message>
        <source>Database or cache reachable from the internet</source>
        <translation>인터넷에서 연결할 수 있는 데이터베이스 또는 캐시</translation>
    </message>
    <message>
        <source>Keep data stores in private subnets, not publicly accessible, admitting only the app tier&apos;s group.</source>
        <translation>데이터 저장소는 퍼블릭 액세스 없이 프라이빗 서브넷에 두고, 애플리케이션 티어의 보안 그룹만 허용하세요.</translation>
    </message>
    <message>
        <source>Application Load Balancer in fewer than two Availability Zones</source>
        <translation>가용 영역이 2개 미만인 Application Load Balancer</translation>
    </message>
    <message>
        <source>Give the load balancer a subnet in a second Availability Zone.</source>
        <translation>로드 밸런서에 두 번째 가용 영역의 서브넷을 추가하세요.</translation>
    </message>
    <message>
        <source>Tier in one Availability Zone only</source>
        <translation>하나의 가용 영역에만 있는 티어</translation>
    </message>
    <message>
        <source>Spread the tier over at least two Availability Zones so that losing one zone does not take it down.</source>
        <translation>영역 하나가 손실되어도 중단되지 않도록 티어를 2개 이상의 가용 영역에 분산하세요.</translation>
    </message>
    <message>
        <source>Single-AZ database behind a multi-AZ web tier</source>
        <translation>다중 AZ 웹 티어 뒤의 단일 AZ 데이터베이스</translation>
    </message>
    <message>
        <source>Turn on Multi-AZ: the web tier survives a zone loss, the database would not.</source>
        <translation>다중 AZ를 활성화하세요. 웹 티어는 영역 손실을 견디지만 데이터베이스는 그렇지 못합니다.</translation>
    </message>
    <message>
        <source>Load balancer cannot reach its targets</source>
        <translation>로드 밸런서가 대상에 연결할 수 없음</translation>
    </message>
    <message>
        <source>Let the targets&apos; security group admit the load balancer&apos;s group on the traffic and health-check ports.</source>
        <translation>대상의 보안 그룹에서 트래픽 포트와 상태 확인 포트로 들어오는 로드 밸런서 보안 그룹의 트래픽을 허용하세요.</translation>
    </message>
    <message>
        <source>Instances with no route to the internet</source>
        <translation>인터넷으로 가는 경로가 없는 인스턴스</translation>
    </message>
    <message>
        <source>Route 0.0.0.0/0 to a NAT gateway in a public subnet of the same AZ.</source>
        <translation>0.0.0.0/0을 같은 AZ의 퍼블릭 서브넷에 있는 NAT 게이트웨이로 라우팅하세요.</translation>
    </message>
    <message>
        <source>NAT gateway in a private subnet</source>
        <translation>프라이빗 서브넷에 있는 NAT 게이트웨이</translation>
    </message>
    <message>
        <source>Put the NAT gateway in a public subnet (one that routes to the internet gateway).</source>
        <translation>NAT 게이트웨이를 퍼블릭 서브넷(인터넷 게이트웨이로 라우팅되는 서브넷)에 두세요.</translation>
    </message>
    <message>
        <source>Internet-facing load balancer in private subnets</source>
        <translation>프라이빗 서브넷에 있는 인터넷 경계 로드 밸런서</translation>
    </message>
    <message>
        <source>Give an internet-facing load balancer public subnets, or make it internal.</source>
        <translation>인터넷 경계 로드 밸런서에는 퍼블릭 서브넷을 지정하거나, 내부 로드 밸런서로 변경하세요.</translation>
    </message>
    <message>
        <source>Overlapping subnet CIDR blocks</source>
        <translation>서브넷 CIDR 블록 중복</translation>
    </message>
    <message>
        <source>Give each subnet its own block inside the VPC.</source>
        <translation>각 서브넷에 VPC 안에서 다른 서브넷과 겹치지 않는 블록을 지정하세요.</translation>
    </message>
    <message>
        <source>Subnet outside its VPC&apos;s CIDR block</source>
        <translation>VPC의 CIDR 블록을 벗어난 서브넷</translation>
    </message>
    <message>
        <source>Pick a subnet block inside the VPC&apos;s block.</source>
        <translation>VPC 블록 안에 포함되는 서브넷 블록을 선택하세요.</translation>
    </message>
    <message>
        <source>Security group attached to nothing</source>
        <translation>어디에도 연결되지 않은 보안 그룹</translation>
    </message>
    <message>
        <source>Attach it to a resource or delete it.</source>
        <translation>리소스에 연결하거나 삭제하세요.</translation>
    </message>
    <message>
        <source>Auto Scaling desired capacity outside [min, max]</source>
        <translation>Auto Scaling 원하는 용량이 [최소, 최대] 범위를 벗어남</translation>
    </message>
    <message>
        <source>Keep min &lt;= desired &lt;= max.</source>
        <translation>최소 &lt;= 원하는 용량 &lt;= 최대가 되도록 설정하세요.</translation>
    </message>
    <message>
        <source>Network ACL blocks return traffic on ephemeral ports</source>
        <translation>네트워크 ACL이 임시 포트의 반환 트래픽을 차단함</translation>
    </message>
    <message>
        <source>ACLs are stateless: allow tcp 1024-65535 for the replies in both directions.</source>
        <translation>ACL은 상태 비저장입니다. 응답이 오갈 수 있도록 양방향 모두 tcp 1024-65535를 허용하세요.</translation>
    </message>
    <message>
        <source>Fix the property as the message says.</source>
        <translation>메시지에 따라 속성을 수정하세요.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>%1 cannot health-check %2 on tcp/%3: %4</source>
        <translation>%1에서 %2의 tcp/%3에 대한 상태 확인을 할 수 없습니다: %4</translation>
    </message>
    <message>
        <source>%1 cannot reach %2 on tcp/%3: %4</source>
        <translation>%1에서 %2의 tcp/%3에 연결할 수 없습니다: %4</translation>
    </message>
    <message>
        <source>%1 has no route to the internet</source>
        <translation>%1에 인터넷으로 가는 경로가 없습니다</translation>
    </message>
    <message>
        <source>NAT gateway %1 is not in a subnet</source>
        <translation>NAT 게이트웨이 %1이(가) 서브넷에 없습니다</translation>
    </message>
    <message>
        <source>NAT gateway %1 sits in %2, which has no route to an internet gateway</source>
        <translation>NAT 게이트웨이 %1이(가) 있는 %2에 인터넷 게이트웨이로 가는 경로가 없습니다</translation>
    </message>
    <message>
        <source>%1 launches instances in %2 only</source>
        <translation>%1은(는) %2에서만 인스턴스를 시작합니다</translation>
    </message>
    <message>
        <source>%1 has no Aurora replica: a failure recreates the writer, which takes minutes</source>
        <translation>%1에 Aurora 복제본이 없습니다: 장애가 발생하면 라이터 인스턴스를 다시 생성해야 하며 몇 분이 걸립니다</translation>
    </message>
    <message>
        <source>%1 is not Multi-AZ: losing its zone loses the cache</source>
        <translation>%1은(는) 다중 AZ가 아닙니다: 해당 영역이 손실되면 캐시도 손실됩니다</translation>
    </message>
    <message>
        <source>%1 keeps all its nodes in %2</source>
        <translation>%1의 모든 노드가 %2에 있습니다</translation>
    </message>
    <message>
        <source>%1 is attached to nothing</source>
        <translation>%1은(는) 어디에도 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 is reachable from the internet on tcp/%2</source>
        <translation>인터넷에서 %1의 tcp/%2에 연결할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is single-AZ while %2 spans %3 zones</source>
        <translation>%2은(는) %3개 영역에 걸쳐 있지만 %1은(는) 단일 AZ입니다</translation>
    </message>
    <message>
        <source>%1 is internet-facing but %2 has no route to an internet gateway</source>
        <translation>%1은(는) 인터넷 경계 로드 밸런서이지만 %2에 인터넷 게이트웨이로 가는 경로가 없습니다</translation>
    </message>
    <message>
        <source>%1 sits in %2, which has no route to an internet gateway</source>
        <translation>%1이(가) 있는 %2에 인터넷 게이트웨이로 가는 경로가 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot reach the internet (for updates and AWS APIs): %2</source>
        <translation>%1에서 인터넷(업데이트 및 AWS API용)에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has no security group: nothing is filtered</source>
        <translation>%1에 보안 그룹이 없습니다: 트래픽이 전혀 필터링되지 않습니다</translation>
    </message>
    <message>
        <source>the default security group of %1</source>
        <translation>%1의 기본 보안 그룹</translation>
    </message>
    <message>
        <source>%1 allows all outbound traffic</source>
        <translation>%1은 모든 아웃바운드 트래픽을 허용합니다</translation>
    </message>
    <message>
        <source>%1 admits its own members</source>
        <translation>%1은 같은 그룹에 속한 멤버의 트래픽을 허용합니다</translation>
    </message>
    <message>
        <source>%1: inbound rule %2 allows %3 from %4</source>
        <translation>%1: 인바운드 규칙 %2이(가) %4에서 오는 %3을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1: outbound rule %2 allows %3 to %4</source>
        <translation>%1: 아웃바운드 규칙 %2이(가) %4(으)로 가는 %3을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1: no inbound rule allows %2 from %3</source>
        <translation>%1: %3에서 오는 %2을(를) 허용하는 인바운드 규칙이 없습니다</translation>
    </message>
    <message>
        <source>%1: no outbound rule allows %2 to %3</source>
        <translation>%1: %3(으)로 가는 %2을(를) 허용하는 아웃바운드 규칙이 없습니다</translation>
    </message>
    <message>
        <source>%1 uses the VPC&apos;s default network ACL, which allows all</source>
        <translation>%1은(는) 모든 트래픽을 허용하는 VPC의 기본 네트워크 ACL을 사용합니다</translation>
    </message>
    <message>
        <source>%1: rule %2 denies %3</source>
        <translation>%1: 규칙 %2이(가) %3을(를) 거부합니다</translation>
    </message>
    <message>
        <source>%1: rule %2 allows %3</source>
        <translation>%1: 규칙 %2이(가) %3을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1: no rule allows %2, so the final * rule denies it</source>
        <translation>%1: %2을(를) 허용하는 규칙이 없으므로 마지막 * 규칙에 의해 거부됩니다</translation>
    </message>
    <message>
        <source>both ends are the internet</source>
        <translation>출발지와 대상이 모두 인터넷입니다</translation>
    </message>
    <message>
        <source>clients on the internet</source>
        <translation>인터넷의 클라이언트</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>위치: %1 (%2)</translation>
    </message>
    <message>
        <source>%1; an internet gateway admits traffic only to public addresses</source>
        <translation>%1. 인터넷 게이트웨이는 퍼블릭 주소로 가는 트래픽만 허용합니다</translation>
    </message>
    <message>
        <source>%1 has no internet gateway</source>
        <translation>%1에 인터넷 게이트웨이가 없습니다</translation>
    </message>
    <message>
        <source>forwards to the public address of %1 (%2)</source>
        <translation>%1의 퍼블릭 주소로 전달합니다(%2)</translation>
    </message>
    <message>
        <source>replies from %1 to the internet go to %2, not to internet gateway %3, so the connection never completes</source>
        <translation>%1에서 인터넷으로 가는 응답이 인터넷 게이트웨이 %3이(가) 아닌 %2(으)로 전달되므로 연결이 완료되지 않습니다</translation>
    </message>
    <message>
        <source>%1 has no route to the internet for the replies</source>
        <translation>%1에 응답을 인터넷으로 보낼 경로가 없습니다</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>translates %1&apos;s address to its public one</source>
        <translation>%1의 주소를 퍼블릭 주소로 변환합니다</translation>
    </message>
    <message>
        <source>%1 is not in a subnet</source>
        <translation>%1이(가) 서브넷에 없습니다</translation>
    </message>
    <message>
        <source>translates the source to its Elastic IP (outbound only)</source>
        <translation>소스 주소를 탄력적 IP로 변환합니다(아웃바운드 전용)</translation>
    </message>
    <message>
        <source>to the internet</source>
        <translation>인터넷으로 전달</translation>
    </message>
    <message>
        <source>the internet route goes to %1; forwarding through an instance is not modelled</source>
        <translation>인터넷 경로의 대상이 %1입니다. 인스턴스를 통한 전달은 모델링되지 않습니다</translation>
    </message>
    <message>
        <source>%1 and %2 are in different VPCs with no peering between them</source>
        <translation>%1과(와) %2은(는) 서로 다른 VPC에 있으며 두 VPC 간에 피어링이 없습니다</translation>
    </message>
    <message>
        <source>local route: %1 is inside the VPC</source>
        <translation>로컬 경로: %1은(는) VPC 내부 주소입니다</translation>
    </message>
    <message>
        <source>%1 has no listeners</source>
        <translation>%1에 리스너가 없습니다</translation>
    </message>
    <message>
        <source>%1 has no listener for %2 (listeners: %3)</source>
        <translation>%1에 %2에 대한 리스너가 없습니다(리스너: %3)</translation>
    </message>
    <message>
        <source>%1 has no subnets</source>
        <translation>%1에 서브넷이 없습니다</translation>
    </message>
    <message>
        <source>listener %1:%2</source>
        <translation>리스너 %1:%2</translation>
    </message>
    <message>
        <source>%1 has no node in %2, so %3 there gets no traffic</source>
        <translation>%1의 노드가 %2에 없으므로 해당 영역의 %3은(는) 트래픽을 받지 못합니다</translation>
    </message>
    <message>
        <source>cross-zone load balancing is off and %1 has no node in %2</source>
        <translation>교차 영역 로드 밸런싱이 꺼져 있고 %1의 노드가 %2에 없습니다</translation>
    </message>
    <message>
        <source>%1 is not placed in any subnet</source>
        <translation>%1이(가) 어떤 서브넷에도 배치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 sends to %2 on port %3, not %4</source>
        <translation>%1은(는) %2의 포트 %4이(가) 아닌 포트 %3(으)로 전송합니다</translation>
    </message>
    <message>
        <source>forwards to %1 on port %2</source>
        <translation>%1의 포트 %2(으)로 전달합니다</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1은(는) %2(으)로 확인됩니다</translation>
    </message>
    <message>
        <source>%1 has no network interface in any subnet</source>
        <translation>%1에는 어느 서브넷에도 네트워크 인터페이스가 없습니다</translation>
    </message>
    <message>
        <source>%1 resolves to nothing</source>
        <translation>%1이(가) 어떤 리소스로도 확인되지 않습니다</translation>
    </message>
    <message>
        <source>listener %1:%2 of %3 forwards to no target group, so nothing reaches %4</source>
        <translation>%3의 리스너 %1:%2에 전달 대상 그룹이 없으므로 %4에 도달하는 트래픽이 없습니다</translation>
    </message>
    <message>
        <source>no port given: any port that the rules allow counts</source>
        <translation>포트 미지정: 규칙이 허용하는 포트는 모두 허용된 것으로 간주합니다</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 on %3: reachable</source>
        <translation>%1 -&gt; %2 (%3): 연결 가능</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 on %3: NOT reachable</source>
        <translation>%1 -&gt; %2 (%3): 연결 불가</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>연결 가능</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>연결 불가</translation>
    </message>
    <message>
        <source>  assumed: %1</source>
        <translation>  가정: %1</translation>
    </message>
    <message>
        <source>Design that AWS would refuse</source>
        <translation>AWS가 거부할 설계</translation>
    </message>
    <message>
        <source>private subnets in %1 zones go out through NAT gateways in %2 only: losing that zone cuts them all off</source>
        <translation>%1개 영역의 프라이빗 서브넷이 모두 %2에 있는 NAT 게이트웨이로만 나갑니다. 그 영역을 잃으면 모두 끊깁니다</translation>
    </message>
    <message>
        <source>%1 (on %2) admits only its own members, not %3</source>
        <translation>%1(%2)은(는) 자신의 멤버만 허용하며 %3은(는) 허용하지 않습니다</translation>
    </message>
    <message>
        <source>return traffic %1 from %2 on ports %3</source>
        <translation>%2에서 오는 %1 반환 트래픽(포트 %3)</translation>
    </message>
    <message>
        <source>return traffic %1 to %2 on ports %3</source>
        <translation>%2(으)로 가는 %1 반환 트래픽(포트 %3)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2에서 오는 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%2(으)로 가는 %1</translation>
    </message>
    <message>
        <source>%1 depends on something defined outside the design (a template parameter or import): its rules and routes are unknown, so this answer may not hold</source>
        <translation>%1은(는) 설계 외부에서 정의된 항목(템플릿 파라미터 또는 가져온 값)에 의존합니다. 해당 규칙과 라우팅을 알 수 없으므로 이 결과가 맞지 않을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 (%2 is a Network Load Balancer: it keeps the client&apos;s address, so %3&apos;s security groups must admit the clients, not the load balancer)</source>
        <translation>%1 (%2은(는) Network Load Balancer입니다: 클라이언트 주소를 유지하므로 %3의 보안 그룹은 로드 밸런서가 아니라 클라이언트를 허용해야 합니다)</translation>
    </message>
    <message>
        <source>  alternatively: %1 %2 (%3): %4</source>
        <translation>  다른 경로: %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 is defined outside the design: its rules are unknown, taken to allow %2 from %3</source>
        <translation>%1은(는) 설계 밖에서 정의되었습니다. 규칙을 알 수 없어 %3에서 오는 %2을(를) 허용한다고 가정합니다</translation>
    </message>
    <message>
        <source>%1 is defined outside the design: its rules are unknown, taken to allow %2 to %3</source>
        <translation>%1은(는) 설계 밖에서 정의되었습니다. 규칙을 알 수 없어 %3(으)로 가는 %2을(를) 허용한다고 가정합니다</translation>
    </message>
    <message>
        <source>%1 has no security group in the default VPC, so AWS gave it its default_elb group: all outbound traffic allowed</source>
        <translation>%1은(는) 기본 VPC에서 보안 그룹이 없어 AWS가 default_elb 그룹을 주었습니다. 모든 아웃바운드 트래픽 허용</translation>
    </message>
    <message>
        <source>%1 has no security group in the default VPC, so AWS gave it its default_elb group: open to everyone on its listener ports (%2)</source>
        <translation>%1은(는) 기본 VPC에서 보안 그룹이 없어 AWS가 default_elb 그룹을 주었습니다. 리스너 포트(%2)는 모두에게 열려 있음</translation>
    </message>
    <message>
        <source>%1 has AWS&apos;s default_elb group, open only on its listener ports (%2), not %3</source>
        <translation>%1에는 AWS의 default_elb 그룹이 있으며 리스너 포트(%2)만 열려 있고 %3은(는) 아닙니다</translation>
    </message>
    <message>
        <source>%1 and %2 are in different VPCs with no peering: over the internet to %2&apos;s public address (%3)</source>
        <translation>%1과(와) %2은(는) 피어링 없는 서로 다른 VPC에 있습니다. 인터넷을 거쳐 %2의 공인 주소(%3)로 갑니다</translation>
    </message>
    <message>
        <source>%1 is defined outside the design: taken to have an internet gateway, which forwards to the public address of %2 (%3)</source>
        <translation>%1은(는) 설계 밖에서 정의되었습니다. %2의 공인 주소(%3)로 전달하는 인터넷 게이트웨이가 있다고 가정합니다</translation>
    </message>
    <message>
        <source>%1 is defined outside the design: its route to the internet is taken to work</source>
        <translation>%1은(는) 설계 밖에서 정의되었습니다. 인터넷으로 가는 경로가 동작한다고 가정합니다</translation>
    </message>
    <message>
        <source>listener %1 rule %2 %3 forwards to %4</source>
        <translation>리스너 %1 규칙 %2 %3: %4(으)로 전달</translation>
    </message>
    <message>
        <source>%1: inbound rule %2 admits %3 from %4</source>
        <translation>%1: 인바운드 규칙 %2이(가) %4에서 오는 %3을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1 rule %2 names prefix list %3, a named range of addresses outside the design, not the internet at large</source>
        <translation>%1 규칙 %2은(는) 접두사 목록 %3을(를) 지정합니다. 이는 설계 밖의 이름 붙은 주소 범위이며 인터넷 전체가 아닙니다</translation>
    </message>
    <message>
        <source> (over IPv6: %1)</source>
        <translation> (IPv6로는: %1)</translation>
    </message>
    <message>
        <source> (over IPv6; over IPv4: %1)</source>
        <translation> (IPv6 경유. IPv4로는: %1)</translation>
    </message>
    <message>
        <source>the internet over IPv6</source>
        <translation>IPv6 인터넷</translation>
    </message>
    <message>
        <source>%1 sends %2 to egress-only internet gateway %3, which lets no connection in from the internet</source>
        <translation>%1은(는) %2을(를) 송신 전용 인터넷 게이트웨이 %3(으)로 보내며, 이 게이트웨이는 인터넷에서 들어오는 연결을 허용하지 않습니다</translation>
    </message>
    <message>
        <source>%1 has no IPv6 route to an internet gateway</source>
        <translation>%1에 인터넷 게이트웨이로 가는 IPv6 경로가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not taken to have an IPv6 address (only instances and load balancers are)</source>
        <translation>%1에는 IPv6 주소가 없는 것으로 봅니다(인스턴스와 로드 밸런서만 있는 것으로 봅니다)</translation>
    </message>
    <message>
        <source>forwards IPv6 to %1, taken to have an IPv6 address: %2 routes %3 to %4</source>
        <translation>IPv6 트래픽을 %1(으)로 전달합니다. %2이(가) %3을(를) %4(으)로 라우팅하므로 IPv6 주소가 있는 것으로 봅니다</translation>
    </message>
    <message>
        <source>%1 has no IPv6 route to the internet</source>
        <translation>%1에 인터넷으로 가는 IPv6 경로가 없습니다</translation>
    </message>
    <message>
        <source>the IPv6 internet route goes to %1; only internet gateways and egress-only internet gateways are modelled for IPv6</source>
        <translation>IPv6 인터넷 경로가 %1(으)로 갑니다. IPv6에서는 인터넷 게이트웨이와 송신 전용 인터넷 게이트웨이만 모델링합니다</translation>
    </message>
    <message>
        <source>carries %1&apos;s IPv6 address to the internet</source>
        <translation>%1의 IPv6 주소로 인터넷에 나갑니다</translation>
    </message>
    <message>
        <source>carries IPv6 out to the internet and only the replies back (outbound only)</source>
        <translation>IPv6 트래픽을 인터넷으로 내보내고 응답만 돌려받습니다(아웃바운드 전용)</translation>
    </message>
    <message>
        <source>%1 has the IPv6 block %2</source>
        <translation>%1에 IPv6 블록 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>%1 has an IPv6 block from the VPC&apos;s Amazon-provided /56</source>
        <translation>%1에 VPC의 Amazon 제공 /56에서 받은 IPv6 블록이 있습니다</translation>
    </message>
    <message>
        <source>%1 has an IPv6 block from the VPC&apos;s %2</source>
        <translation>%1에 VPC의 %2에서 받은 IPv6 블록이 있습니다</translation>
    </message>
    <message>
        <source>%1 has no IPv6 block (VPC %2 has one), so nothing in it has an IPv6 address</source>
        <translation>%1에 IPv6 블록이 없으므로(VPC %2에는 있음) 그 안의 어느 것도 IPv6 주소가 없습니다</translation>
    </message>
    <message>
        <source>forwards IPv6 to %1 (%2): %3 routes %4 to %5</source>
        <translation>IPv6 트래픽을 %1(으)로 전달합니다(%2). %3이(가) %4을(를) %5(으)로 라우팅합니다</translation>
    </message>
    <message>
        <source>carries %1&apos;s IPv6 address to the internet (%2)</source>
        <translation>%1의 IPv6 주소를 인터넷으로 전달합니다(%2)</translation>
    </message>
    <message>
        <source>%1; it reaches the internet over IPv6 only, through %2 (an AWS API or a package mirror without IPv6 needs a NAT gateway)</source>
        <translation>%1. IPv6로만 %2을(를) 거쳐 인터넷에 나갑니다(IPv6를 지원하지 않는 AWS API나 패키지 미러에는 NAT 게이트웨이가 필요합니다)</translation>
    </message>
</context>
<context>
    <name>skydraft::Choice</name>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>단순</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>장애 조치</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>가중치 기반</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>보조</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>전용</translation>
    </message>
    <message>
        <source>public</source>
        <translation>퍼블릭</translation>
    </message>
    <message>
        <source>private</source>
        <translation>프라이빗</translation>
    </message>
    <message>
        <source>application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>클래식</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>인터넷 경계</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>ip</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>round_robin</source>
        <translation>라운드 로빈</translation>
    </message>
    <message>
        <source>least_outstanding_requests</source>
        <translation>최소 미처리 요청</translation>
    </message>
    <message>
        <source>use_load_balancer_configuration</source>
        <translation>로드 밸런서 설정 따름</translation>
    </message>
    <message>
        <source>true</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>false</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>lb_cookie</source>
        <translation>로드 밸런서 쿠키</translation>
    </message>
    <message>
        <source>app_cookie</source>
        <translation>애플리케이션 쿠키</translation>
    </message>
    <message>
        <source>source_ip</source>
        <translation>원본 IP</translation>
    </message>
    <message>
        <source>subnet-default</source>
        <translation>서브넷 기본값</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>instance-memory</source>
        <translation>인스턴스 메모리</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>TargetTrackingScaling</source>
        <translation>대상 추적 조정</translation>
    </message>
    <message>
        <source>StepScaling</source>
        <translation>단계 조정</translation>
    </message>
    <message>
        <source>SimpleScaling</source>
        <translation>단순 조정</translation>
    </message>
    <message>
        <source>ChangeInCapacity</source>
        <translation>용량 변경</translation>
    </message>
    <message>
        <source>ExactCapacity</source>
        <translation>정확한 용량</translation>
    </message>
    <message>
        <source>PercentChangeInCapacity</source>
        <translation>용량 비율 변경</translation>
    </message>
</context>
<context>
    <name>skydraft::Cidr</name>
    <message>
        <source>missing the /prefix length</source>
        <translation>/접두사 길이 누락</translation>
    </message>
    <message>
        <source>not an IPv4 address before the /</source>
        <translation>/ 앞이 IPv4 주소가 아님</translation>
    </message>
    <message>
        <source>prefix length must be 0 to 32</source>
        <translation>접두사 길이는 0~32여야 함</translation>
    </message>
    <message>
        <source>not an IPv6 address before the /</source>
        <translation>/ 앞이 IPv6 주소가 아님</translation>
    </message>
    <message>
        <source>prefix length must be 0 to 128</source>
        <translation>접두사 길이는 0~128이어야 함</translation>
    </message>
</context>
<context>
    <name>skydraft::CloudFormation</name>
    <message>
        <source>unknown tag %1: its value is left unresolved</source>
        <translation>알 수 없는 태그 %1: 값을 해석하지 않은 채로 둡니다</translation>
    </message>
    <message>
        <source>invalid template syntax: %1</source>
        <translation>잘못된 템플릿 구문: %1</translation>
    </message>
    <message>
        <source>a template is a map with a Resources section</source>
        <translation>템플릿은 Resources 섹션이 있는 맵이어야 합니다</translation>
    </message>
    <message>
        <source>Ref to %1, which is neither a parameter nor a resource</source>
        <translation>파라미터도 리소스도 아닌 %1에 대한 Ref입니다</translation>
    </message>
    <message>
        <source>parameter %1 has no value: the zones of %2 are assumed</source>
        <translation>파라미터 %1에 값이 없습니다: %2의 영역을 가정합니다</translation>
    </message>
    <message>
        <source>parameter %1 has no default and no --param value: what depends on it is not resolved</source>
        <translation>파라미터 %1에 기본값도 --param 값도 없습니다: 이 파라미터에 의존하는 항목은 해석되지 않습니다</translation>
    </message>
    <message>
        <source>Fn::If takes a condition name and two values</source>
        <translation>Fn::If에는 조건 이름과 값 두 개가 필요합니다</translation>
    </message>
    <message>
        <source>Fn::Equals takes two values</source>
        <translation>Fn::Equals에는 값 두 개가 필요합니다</translation>
    </message>
    <message>
        <source>Fn::GetAtt of %1, which is not a resource of the template</source>
        <translation>템플릿의 리소스가 아닌 %1에 대한 Fn::GetAtt입니다</translation>
    </message>
    <message>
        <source>Fn::Sub takes a string, or a string and a map of variables</source>
        <translation>Fn::Sub에는 문자열, 또는 문자열과 변수 맵이 필요합니다</translation>
    </message>
    <message>
        <source>Fn::Sub uses ${%1}, which is neither a parameter nor a resource</source>
        <translation>Fn::Sub가 파라미터도 리소스도 아닌 ${%1}을(를) 사용합니다</translation>
    </message>
    <message>
        <source>Fn::Join takes a delimiter and a list</source>
        <translation>Fn::Join에는 구분 기호와 목록이 필요합니다</translation>
    </message>
    <message>
        <source>Fn::Select takes an index and a list</source>
        <translation>Fn::Select에는 인덱스와 목록이 필요합니다</translation>
    </message>
    <message numerus="yes">
        <source>Fn::Select index %1 is outside the list of %n value(s)</source>
        <translation>
            <numerusform>Fn::Select 인덱스 %1이(가) 값 %n개로 된 목록의 범위를 벗어납니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Fn::Cidr takes a block, a count and the host bits</source>
        <translation>Fn::Cidr에는 블록, 개수, 호스트 비트가 필요합니다</translation>
    </message>
    <message>
        <source>Fn::Cidr: %1 is not an IPv4 CIDR block</source>
        <translation>Fn::Cidr: %1은(는) IPv4 CIDR 블록이 아닙니다</translation>
    </message>
    <message>
        <source>Fn::Cidr cannot cut %1 block(s) of %2 host bits from %3</source>
        <translation>Fn::Cidr로 %3에서 호스트 비트가 %2개인 블록 %1개를 나눌 수 없습니다</translation>
    </message>
    <message>
        <source>Fn::FindInMap takes a mapping and two keys</source>
        <translation>Fn::FindInMap에는 매핑과 키 두 개가 필요합니다</translation>
    </message>
    <message>
        <source>Fn::FindInMap: mapping %1 has no %2/%3</source>
        <translation>Fn::FindInMap: 매핑 %1에 %2/%3이(가) 없습니다</translation>
    </message>
    <message>
        <source>Fn::Split takes a delimiter and a string</source>
        <translation>Fn::Split에는 구분 기호와 문자열이 필요합니다</translation>
    </message>
    <message>
        <source>condition %1 is not defined in Conditions</source>
        <translation>조건 %1이(가) Conditions에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <source>condition %1 depends on itself</source>
        <translation>조건 %1이(가) 자기 자신에 의존합니다</translation>
    </message>
    <message>
        <source>the template has no Resources</source>
        <translation>템플릿에 Resources가 없습니다</translation>
    </message>
    <message>
        <source>resource %1 has no Type</source>
        <translation>리소스 %1에 Type이 없습니다</translation>
    </message>
    <message>
        <source>%1 (%2) skipped: its condition %3 is false</source>
        <translation>%1(%2)을(를) 건너뜀: 조건 %3이(가) false입니다</translation>
    </message>
    <message>
        <source>SkyDraft&apos;s catalogue has no such resource</source>
        <translation>SkyDraft 카탈로그에 해당 리소스가 없습니다</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>숫자가 아님</translation>
    </message>
    <message>
        <source>outside %1 to %2</source>
        <translation>%1~%2 범위를 벗어남</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>true 또는 false가 아님</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>%1 중 하나가 아님</translation>
    </message>
    <message>
        <source>%1: %2 %3 is %4; the default is kept</source>
        <translation>%1: %2 값 %3은(는) 사용할 수 없습니다(%4). 기본값을 유지합니다</translation>
    </message>
    <message>
        <source>%1, defined outside the template</source>
        <translation>템플릿 외부에서 정의된 %1</translation>
    </message>
    <message>
        <source>a value known only once deployed</source>
        <translation>배포 후에만 알 수 있는 값</translation>
    </message>
    <message>
        <source>%1: %2 is %3; the default is kept</source>
        <translation>%1: %2 값은 %3입니다. 기본값을 유지합니다</translation>
    </message>
    <message>
        <source>%1 %2 is %3; the default is kept</source>
        <translation>%1 값 %2은(는) 사용할 수 없습니다(%3). 기본값을 유지합니다</translation>
    </message>
    <message>
        <source>%1: a row of %2 is left out</source>
        <translation>%1: %2의 행 하나를 제외합니다</translation>
    </message>
    <message>
        <source>default VPC</source>
        <translation>기본 VPC</translation>
    </message>
    <message>
        <source>resources without a VPC go into the account&apos;s default VPC %1 (172.31.0.0/16, a public /20 subnet per zone)</source>
        <translation>VPC가 없는 리소스는 계정의 기본 VPC %1(172.31.0.0/16, 영역마다 퍼블릭 /20 서브넷 하나)에 배치됩니다</translation>
    </message>
    <message>
        <source>default subnet %1</source>
        <translation>기본 서브넷 %1</translation>
    </message>
    <message>
        <source>defined outside the template; its rules are unknown</source>
        <translation>템플릿 외부에서 정의되어 규칙을 알 수 없습니다</translation>
    </message>
    <message>
        <source>VPC outside the template</source>
        <translation>템플릿 외부의 VPC</translation>
    </message>
    <message>
        <source>%1 is a placeholder VPC for the subnets and groups the template takes from outside</source>
        <translation>%1은(는) 템플릿이 외부에서 가져오는 서브넷과 보안 그룹을 위한 자리 표시자 VPC입니다</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>%1 is a placeholder %2 for %3 (%4), assumed in %5</source>
        <translation>%1은(는) %3(%4)을(를) 나타내는 자리 표시자 %2이며, %5에 있는 것으로 가정합니다</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>가져온 값</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>%1 is a placeholder %2 for %3 (%4)</source>
        <translation>%1은(는) %3(%4)을(를) 나타내는 자리 표시자 %2입니다</translation>
    </message>
    <message>
        <source>its VPC is not in the design</source>
        <translation>해당 VPC가 설계에 없습니다</translation>
    </message>
    <message>
        <source>%1 (%2) not drawn: %3</source>
        <translation>%1(%2)은(는) 표시되지 않습니다: %3</translation>
    </message>
    <message>
        <source>%1: %2 refers to %3, which is not drawn; the reference is left out</source>
        <translation>%1: %2이(가) 표시되지 않는 %3을(를) 참조하므로 해당 참조를 제외합니다</translation>
    </message>
    <message>
        <source>%1: no Availability Zone of %2 given; placed in %3</source>
        <translation>%1: %2의 가용 영역이 지정되지 않아 %3에 배치합니다</translation>
    </message>
    <message>
        <source>%1: the VPC&apos;s IPv4 CidrBlock cannot be worked out offline</source>
        <translation>%1: VPC의 IPv4 CidrBlock을 오프라인으로 산출할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: the subnet&apos;s IPv4 CidrBlock cannot be worked out offline</source>
        <translation>%1: 서브넷의 IPv4 CidrBlock을 오프라인으로 산출할 수 없습니다</translation>
    </message>
    <message>
        <source>only internet gateways are drawn, not VPN gateways</source>
        <translation>VPN 게이트웨이는 표시되지 않으며 인터넷 게이트웨이만 표시됩니다</translation>
    </message>
    <message>
        <source>it is attached to no VPC</source>
        <translation>어떤 VPC에도 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>only associations of a template&apos;s Elastic IP with an instance are drawn</source>
        <translation>템플릿의 탄력적 IP와 인스턴스 간 연결만 표시됩니다</translation>
    </message>
    <message>
        <source>its subnet is not in the design</source>
        <translation>해당 서브넷이 설계에 없습니다</translation>
    </message>
    <message>
        <source>its route table is not in the design</source>
        <translation>해당 라우팅 테이블이 설계에 없습니다</translation>
    </message>
    <message>
        <source>%1 already has a route for %2</source>
        <translation>%1에 이미 %2에 대한 라우팅이 있습니다</translation>
    </message>
    <message>
        <source>its network ACL is not in the design</source>
        <translation>해당 네트워크 ACL이 설계에 없습니다</translation>
    </message>
    <message>
        <source>its subnet or its table is not in the design</source>
        <translation>해당 서브넷 또는 테이블이 설계에 없습니다</translation>
    </message>
    <message>
        <source>rules for protocol %1 are not drawn</source>
        <translation>프로토콜 %1에 대한 규칙은 표시되지 않습니다</translation>
    </message>
    <message>
        <source>%1: the source group of %2 is drawn as the VPC&apos;s block %3</source>
        <translation>%1: %2의 소스 보안 그룹은 VPC 블록 %3(으)로 표시됩니다</translation>
    </message>
    <message>
        <source>the rule does not fit the catalogue</source>
        <translation>규칙이 카탈로그에 맞지 않습니다</translation>
    </message>
    <message>
        <source>%1: a rule is not drawn: %2</source>
        <translation>%1: 규칙 하나가 표시되지 않습니다: %2</translation>
    </message>
    <message>
        <source>its security group is not in the design</source>
        <translation>해당 보안 그룹이 설계에 없습니다</translation>
    </message>
    <message>
        <source>only application and network load balancers are drawn</source>
        <translation>Application Load Balancer와 Network Load Balancer만 표시됩니다</translation>
    </message>
    <message>
        <source>%1: Elastic IP %2 is drawn apart from the load balancer</source>
        <translation>%1: 탄력적 IP %2은(는) 로드 밸런서와 별도로 표시됩니다</translation>
    </message>
    <message>
        <source>only instance and IP targets are drawn</source>
        <translation>인스턴스 및 IP 대상만 표시됩니다</translation>
    </message>
    <message>
        <source>its load balancer is not in the design</source>
        <translation>해당 로드 밸런서가 설계에 없습니다</translation>
    </message>
    <message>
        <source>the listener cannot be drawn</source>
        <translation>리스너를 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>its Auto Scaling group is not in the design</source>
        <translation>해당 Auto Scaling 그룹이 설계에 없습니다</translation>
    </message>
    <message>
        <source>the policy cannot be drawn</source>
        <translation>정책을 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>only alarms that drive a scaling policy are drawn (on the policy)</source>
        <translation>조정 정책을 트리거하는 경보만 (해당 정책에) 표시됩니다</translation>
    </message>
    <message>
        <source>%1: DB security groups (EC2-Classic) are not drawn</source>
        <translation>%1: DB 보안 그룹(EC2-Classic)은 표시되지 않습니다</translation>
    </message>
    <message>
        <source>%1 is an instance of cluster %2: drawn as part of it</source>
        <translation>%1은(는) 클러스터 %2의 인스턴스이므로 클러스터의 일부로 표시됩니다</translation>
    </message>
    <message>
        <source>%1: a %2 record is not drawn (only A, AAAA and CNAME)</source>
        <translation>%1: %2 레코드는 표시되지 않습니다(A, AAAA, CNAME만 표시)</translation>
    </message>
    <message>
        <source>%1: an alias to something other than a load balancer of the template is not drawn</source>
        <translation>%1: 템플릿의 로드 밸런서가 아닌 대상에 대한 별칭은 표시되지 않습니다</translation>
    </message>
    <message>
        <source>%1: the record name is not known offline; %2 stands for it</source>
        <translation>%1: 오프라인에서는 레코드 이름을 알 수 없으므로 %2(으)로 대신 표시합니다</translation>
    </message>
    <message>
        <source>no database or cache uses it</source>
        <translation>이를 사용하는 데이터베이스나 캐시가 없습니다</translation>
    </message>
    <message>
        <source>the template expands to more than %L1 values (YAML aliases)</source>
        <translation>템플릿이 %L1개가 넘는 값으로 펼쳐집니다 (YAML 별칭)</translation>
    </message>
    <message>
        <source>the template expands to more than %1 MiB of text (YAML aliases)</source>
        <translation>템플릿이 %1 MiB가 넘는 텍스트로 펼쳐집니다 (YAML 별칭)</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation>중복된 키 &quot;%1&quot; (처음은 %2행)</translation>
    </message>
    <message>
        <source>invalid template syntax: raw control character U+%1</source>
        <translation>잘못된 템플릿 구문: 제어 문자 U+%1</translation>
    </message>
    <message>
        <source>Fn::Select index %1 is not a whole number of 0 or more</source>
        <translation>Fn::Select 인덱스 %1이(가) 0 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>logical id %1 is used by two resources</source>
        <translation>논리 ID %1을(를) 두 리소스가 사용합니다</translation>
    </message>
    <message>
        <source>%1 %2 is out of range for protocol %3 (%4 to %5)</source>
        <translation>%1 %2이(가) 프로토콜 %3의 범위(%4~%5)를 벗어납니다</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 &quot;%2&quot;이(가) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>%1 %2 is below %3 %4</source>
        <translation>%1 %2이(가) %3 %4보다 작습니다</translation>
    </message>
    <message>
        <source>Fn::FindInMap: key %1 is not a string</source>
        <translation>Fn::FindInMap: 키 %1이(가) 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>resource %1: %2 is not CloudFormation (another tool&apos;s tag); process the template with that tool first</source>
        <translation>리소스 %1: %2은(는) CloudFormation이 아닙니다(다른 도구의 태그). 먼저 그 도구로 템플릿을 처리하세요</translation>
    </message>
    <message>
        <source>%1: step bound %2 rounded to %3</source>
        <translation>%1: 단계 경계 %2를 %3으로 반올림했습니다</translation>
    </message>
    <message>
        <source>its listener is not in the design</source>
        <translation>리스너가 설계에 없음</translation>
    </message>
    <message>
        <source>only the rules of application load balancers are drawn</source>
        <translation>Application Load Balancer의 규칙만 그립니다</translation>
    </message>
    <message>
        <source>%1: the listener rule needs a priority from 1 to 50000</source>
        <translation>%1: 리스너 규칙에는 1~50000의 우선순위가 필요합니다</translation>
    </message>
    <message>
        <source>only path-pattern and host-header conditions are drawn, not %1</source>
        <translation>path-pattern과 host-header 조건만 그리며 %1은(는) 그리지 않습니다</translation>
    </message>
    <message>
        <source>only rules whose one action is forward are drawn</source>
        <translation>작업이 forward 하나인 규칙만 그립니다</translation>
    </message>
    <message>
        <source>%1: the forward action names no target group</source>
        <translation>%1: forward 작업에 대상 그룹이 없습니다</translation>
    </message>
    <message>
        <source>it forwards to a target group outside the template</source>
        <translation>템플릿 밖의 대상 그룹으로 전달함</translation>
    </message>
    <message>
        <source>its target group %1 is not drawn</source>
        <translation>대상 그룹 %1을(를) 그리지 않음</translation>
    </message>
    <message>
        <source>%1: forwards to %2, which is not a target group</source>
        <translation>%1: 대상 그룹이 아닌 %2(으)로 전달합니다</translation>
    </message>
    <message>
        <source>%1: priority %2 is already taken by %3 on listener %4</source>
        <translation>%1: 우선순위 %2은(는) 리스너 %4에서 이미 %3이(가) 사용합니다</translation>
    </message>
    <message>
        <source>the rule cannot be drawn</source>
        <translation>규칙을 그릴 수 없음</translation>
    </message>
    <message>
        <source>only routes to a CIDR block (IPv4 or IPv6) are drawn, not to a prefix list</source>
        <translation>CIDR 블록(IPv4 또는 IPv6)으로 가는 경로만 그리며 접두사 목록으로 가는 경로는 그리지 않습니다</translation>
    </message>
    <message>
        <source>only routes to an internet gateway, an egress-only internet gateway, a NAT gateway or an instance are drawn</source>
        <translation>인터넷 게이트웨이, 송신 전용 인터넷 게이트웨이, NAT 게이트웨이 또는 인스턴스로 가는 경로만 그립니다</translation>
    </message>
    <message>
        <source>only entries with a CIDR block for TCP, UDP, ICMP or all traffic are drawn</source>
        <translation>TCP, UDP, ICMP 또는 모든 트래픽에 대한 CIDR 블록 항목만 그립니다</translation>
    </message>
    <message>
        <source>its source or destination cannot be worked out offline</source>
        <translation>소스나 대상을 오프라인에서 알아낼 수 없습니다</translation>
    </message>
    <message>
        <source>%1: its Ipv6CidrBlock is not a literal block or the N-th /64 of its VPC&apos;s block; CloudFormation export gives it back as written, but it is not drawn and is lost if the subnet is renamed</source>
        <translation>%1: Ipv6CidrBlock이 리터럴 블록도 VPC 블록의 N번째 /64도 아닙니다. CloudFormation 내보내기는 쓰인 그대로 돌려주지만, 그려지지 않으며 서브넷 이름을 바꾸면 사라집니다</translation>
    </message>
    <message>
        <source>its VPC is not one of the template&apos;s</source>
        <translation>VPC가 템플릿의 VPC가 아닙니다</translation>
    </message>
    <message>
        <source>only an Amazon-provided IPv6 block or an IPv6 block given as a literal is drawn (as the VPC&apos;s IPv6 block); a secondary IPv4 block or a block from a pool is kept as written</source>
        <translation>Amazon 제공 IPv6 블록이나 리터럴로 지정한 IPv6 블록만 (VPC의 IPv6 블록으로) 그립니다. 보조 IPv4 블록이나 풀에서 받는 블록은 쓰인 그대로 유지합니다</translation>
    </message>
    <message>
        <source>%1 has an IPv6 block already (%2); a second one is kept as written</source>
        <translation>%1에 이미 IPv6 블록(%2)이 있습니다. 두 번째 블록은 쓰인 그대로 유지합니다</translation>
    </message>
    <message>
        <source>a %1 record is not drawn (only A, AAAA and CNAME)</source>
        <translation>%1 레코드는 그리지 않습니다(A, AAAA, CNAME만)</translation>
    </message>
    <message>
        <source>an alias to something other than a load balancer of the template is not drawn</source>
        <translation>템플릿의 로드 밸런서가 아닌 대상을 가리키는 별칭은 그리지 않습니다</translation>
    </message>
    <message>
        <source>resource %1: its Type %2 is not CloudFormation (another tool&apos;s tag); process the template with that tool first</source>
        <translation>리소스 %1: Type %2은(는) CloudFormation이 아닙니다(다른 도구의 태그). 먼저 그 도구로 템플릿을 처리하세요</translation>
    </message>
    <message>
        <source>%1 is a loop of the AWS::LanguageExtensions transform, which SkyDraft does not expand; import the processed template (aws cloudformation get-template --template-stage Processed)</source>
        <translation>%1은(는) AWS::LanguageExtensions 변환의 반복문이며 SkyDraft는 이를 펼치지 않습니다. 처리된 템플릿을 가져오세요(aws cloudformation get-template --template-stage Processed)</translation>
    </message>
</context>
<context>
    <name>skydraft::CloudFormationExport</name>
    <message>
        <source>%1: a record without a target has no value; not exported</source>
        <translation>%1: 대상이 없는 레코드에는 값이 없으므로 내보내지 않습니다</translation>
    </message>
    <message>
        <source>%1: an alias can only name an AWS resource such as a load balancer; exported as a plain record</source>
        <translation>%1: 별칭은 로드 밸런서와 같은 AWS 리소스만 가리킬 수 있으므로 일반 레코드로 내보냅니다</translation>
    </message>
    <message>
        <source>%1: a plain record naming a load balancer must be a CNAME; exported as one</source>
        <translation>%1: 로드 밸런서를 가리키는 일반 레코드는 CNAME이어야 하므로 CNAME으로 내보냅니다</translation>
    </message>
    <message>
        <source>%1: an Auto Scaling group needs a launch template</source>
        <translation>%1: Auto Scaling 그룹에는 시작 템플릿이 필요합니다</translation>
    </message>
    <message>
        <source>%1: a network load balancer&apos;s listener on port %2 has no target group; not exported</source>
        <translation>%1: Network Load Balancer의 포트 %2 리스너에 대상 그룹이 없으므로 내보내지 않습니다</translation>
    </message>
    <message>
        <source>%1: automatic failover needs a replica; exported without it</source>
        <translation>%1: 자동 장애 조치에는 복제본이 필요하므로 자동 장애 조치 없이 내보냅니다</translation>
    </message>
    <message>
        <source>%1: an internet gateway outside a VPC is exported unattached</source>
        <translation>%1: VPC 밖에 있는 인터넷 게이트웨이는 연결되지 않은 상태로 내보냅니다</translation>
    </message>
    <message>
        <source>%1: a subnet outside a VPC is not exported</source>
        <translation>%1: VPC 밖에 있는 서브넷은 내보내지 않습니다</translation>
    </message>
    <message>
        <source>%1: a NAT gateway outside a subnet is not exported</source>
        <translation>%1: 서브넷 밖에 있는 NAT 게이트웨이는 내보내지 않습니다</translation>
    </message>
    <message>
        <source>%1: a public NAT gateway needs an Elastic IP; the template adds %2</source>
        <translation>%1: 퍼블릭 NAT 게이트웨이에는 탄력적 IP가 필요하므로 템플릿에 %2을(를) 추가합니다</translation>
    </message>
    <message>
        <source>%1: the rules of a VPC&apos;s default network ACL cannot be set by a template</source>
        <translation>%1: VPC의 기본 네트워크 ACL 규칙은 템플릿으로 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: AWS accepts only letters, digits, spaces and ._-:/()#,@[]+=&amp;;{}!$* in a description (255 at most); the others are written as &quot;-&quot;</source>
        <translation>%1: AWS는 설명에 영문자, 숫자, 공백 및 ._-:/()#,@[]+=&amp;;{}!$*만 허용합니다(최대 255자). 그 외 문자는 &quot;-&quot;로 기록합니다</translation>
    </message>
    <message>
        <source>%1: policy %2 counts requests per target, but no load balancer forwards to the group&apos;s target groups; not exported</source>
        <translation>%1: 정책 %2은(는) 대상당 요청 수를 기준으로 하지만 그룹의 대상 그룹으로 전달하는 로드 밸런서가 없으므로 내보내지 않습니다</translation>
    </message>
    <message>
        <source>%1: policy %2 has no metric to alarm on</source>
        <translation>%1: 정책 %2에 경보를 발생시킬 지표가 없습니다</translation>
    </message>
    <message>
        <source>%1 (kept from the imported template) refers to %2, which is not in the design any more: fix it before deploying</source>
        <translation>%1(가져온 템플릿에서 유지됨)이(가) 더 이상 설계에 없는 %2을(를) 참조합니다. 배포 전에 고치세요</translation>
    </message>
    <message>
        <source>%1 (kept from the imported template): DependsOn %2, which is not in the design any more, is left out</source>
        <translation>%1(가져온 템플릿에서 유지됨): 더 이상 설계에 없는 %2에 대한 DependsOn은 제외됩니다</translation>
    </message>
    <message>
        <source>output %1 (kept from the imported template) refers to %2, which is not in the design any more</source>
        <translation>출력 %1(가져온 템플릿에서 유지됨)이(가) 더 이상 설계에 없는 %2을(를) 참조합니다</translation>
    </message>
    <message>
        <source>%1: rule %2 on port %3 has no listener or no target group; not exported</source>
        <translation>%1: 포트 %3의 규칙 %2에 리스너나 대상 그룹이 없어 내보내지 않음</translation>
    </message>
    <message>
        <source>%1: the IPv6 block %2 needs the pool it comes from (Ipv6Pool or Ipv6IpamPoolId) added to %3 before deploying</source>
        <translation>%1: IPv6 블록 %2을(를) 배포하기 전에 %3에 블록을 가져올 풀(Ipv6Pool 또는 Ipv6IpamPoolId)을 추가해야 합니다</translation>
    </message>
    <message>
        <source>%1: its IPv6 block (%2) is cut from the block of VPC %3, which is outside the stack: give the subnet an explicit IPv6 /64</source>
        <translation>%1: IPv6 블록(%2)이 스택 밖에 있는 VPC %3의 블록에서 잘립니다. 서브넷에 명시적인 IPv6 /64를 지정하세요</translation>
    </message>
    <message>
        <source>%1: the listener on port %2 now forwards to %3: its imported default actions are replaced</source>
        <translation>%1: 포트 %2의 리스너가 이제 %3(으)로 전달하므로 가져온 기본 작업을 대체합니다</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>아무 대상 없음</translation>
    </message>
    <message>
        <source>%1 not as the imported template wrote it (it names what this export does not write under that id): written from the design, or left out</source>
        <translation>%1은(는) 가져온 템플릿에 쓰인 그대로가 아닙니다(이번 내보내기가 그 ID로 쓰지 않는 것을 가리킵니다). 설계에서 쓰거나 제외했습니다</translation>
    </message>
</context>
<context>
    <name>skydraft::Connections</name>
    <message>
        <source>%1 is already connected to %2.</source>
        <translation>%1은(는) 이미 %2에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 has no security group: give it one first, so %2 can admit it.</source>
        <translation>%1에 보안 그룹이 없습니다. %2이(가) 허용할 수 있도록 먼저 보안 그룹을 지정하세요.</translation>
    </message>
    <message>
        <source>%1 has no security group: give it one first, to hold the rule that admits %2.</source>
        <translation>%1에 보안 그룹이 없습니다. %2을(를) 허용하는 규칙을 담을 수 있도록 먼저 보안 그룹을 지정하세요.</translation>
    </message>
    <message>
        <source>There is no security group &quot;%1&quot;.</source>
        <translation>보안 그룹 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 already admits %2 on port %3.</source>
        <translation>%1은(는) 이미 포트 %3에서 %2을(를) 허용합니다.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>Allow %1 to reach %2 on port %3</source>
        <translation>%1이(가) 포트 %3에서 %2에 연결하도록 허용</translation>
    </message>
    <message>
        <source>%1 already forwards to %2.</source>
        <translation>%1은(는) 이미 %2(으)로 전달합니다.</translation>
    </message>
    <message>
        <source>Forward %1 to %2</source>
        <translation>%1에서 %2(으)로 전달</translation>
    </message>
    <message>
        <source>There is no resource &quot;%1&quot;.</source>
        <translation>리소스 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A resource cannot be connected to itself.</source>
        <translation>리소스를 자기 자신에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Point %1 at %2</source>
        <translation>%1이(가) %2을(를) 가리키도록 설정</translation>
    </message>
    <message>
        <source>A classic load balancer has no target groups: connect it to instances or an Auto Scaling group.</source>
        <translation>Classic Load Balancer에는 대상 그룹이 없습니다. 인스턴스 또는 Auto Scaling 그룹에 연결하세요.</translation>
    </message>
    <message>
        <source>Register %1 with %2</source>
        <translation>%2에 %1 등록</translation>
    </message>
    <message>
        <source>Associate %1 with %2</source>
        <translation>%1을(를) %2에 연결</translation>
    </message>
    <message>
        <source>%1 is itself a read replica; replicate from its source instead.</source>
        <translation>%1은(는) 그 자체가 읽기 전용 복제본입니다. 대신 원본에서 복제하세요.</translation>
    </message>
    <message>
        <source>Make %1 a read replica of %2</source>
        <translation>%1을(를) %2의 읽기 전용 복제본으로 설정</translation>
    </message>
    <message>
        <source>A %1 cannot be connected to a %2. Connections follow the traffic: Route 53 → load balancer → target group → Auto Scaling group or instances → database or cache.</source>
        <translation>%1은(는) %2에 연결할 수 없습니다. 연결은 트래픽 흐름을 따릅니다: Route 53 → 로드 밸런서 → 대상 그룹 → Auto Scaling 그룹 또는 인스턴스 → 데이터베이스 또는 캐시.</translation>
    </message>
    <message>
        <source>%1 and %2 are in different VPCs: a rule of %1 cannot admit %2.</source>
        <translation>%1와(과) %2은(는) 서로 다른 VPC에 있습니다. %1의 규칙은 %2을(를) 허용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3 in %4: AWS only connects them within one VPC.</source>
        <translation>%1은(는) %2에, %3은(는) %4에 있습니다. AWS는 한 VPC 안에서만 연결합니다.</translation>
    </message>
    <message>
        <source>Launch %1 from %2</source>
        <translation>%2(으)로 %1 시작</translation>
    </message>
</context>
<context>
    <name>skydraft::DiagramExport</name>
    <message>
        <source>nothing is selected</source>
        <translation>선택된 항목이 없습니다</translation>
    </message>
    <message>
        <source>the design is empty: there is nothing to draw</source>
        <translation>설계가 비어 있어 그릴 항목이 없습니다</translation>
    </message>
    <message>
        <source>scale must be more than 0 and at most 16</source>
        <translation>배율은 0보다 크고 16 이하여야 합니다</translation>
    </message>
    <message>
        <source>the image would be %1 x %2 pixels: choose a smaller scale</source>
        <translation>이미지가 %1 x %2 픽셀이 됩니다. 더 작은 배율을 선택하세요</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>%1 x %2 이미지에 필요한 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG image</source>
        <translation>%1: PNG 이미지를 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>AWS architecture drawn by SkyDraft</source>
        <translation>SkyDraft로 작성한 AWS 아키텍처</translation>
    </message>
    <message>
        <source>%1: cannot start the SVG drawing</source>
        <translation>%1: SVG 드로잉을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF document</source>
        <translation>%1: PDF 문서를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>skydraft::DiagramScene</name>
    <message numerus="yes">
        <source>%1 +%n replica(s)</source>
        <translation>
            <numerusform>%1 +복제본 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inbound rule(s)</source>
        <translation>
            <numerusform>인바운드 규칙 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>라우팅 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>인스턴스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 replica</source>
        <translation>%1 복제본</translation>
    </message>
    <message>
        <source>%1 Multi-AZ</source>
        <translation>%1 다중 AZ</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · ID %2</translation>
    </message>
    <message>
        <source>Security groups: %1</source>
        <translation>보안 그룹: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>모든 포트</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n개 더</numerusform>
        </translation>
    </message>
    <message>
        <source>(desired %1, %2-%3)</source>
        <translation>(원하는 용량 %1, %2-%3)</translation>
    </message>
    <message>
        <source>Multi-AZ standby of %1: AWS keeps it in sync in this zone and fails over to it.</source>
        <translation>%1의 다중 AZ 대기 인스턴스: AWS가 이 영역에서 동기화를 유지하고 장애 시 이곳으로 전환합니다.</translation>
    </message>
    <message>
        <source>standby of %1</source>
        <translation>%1의 대기</translation>
    </message>
</context>
<context>
    <name>skydraft::DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>skydraft::DrawIoExport</name>
    <message numerus="yes">
        <source>%n resource(s) kept from the imported CloudFormation template (%1) are not drawn</source>
        <translation>
            <numerusform>가져온 CloudFormation 템플릿(%1)에서 유지된 리소스 %n개는 그려지지 않습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skydraft::DrillReport</name>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <source>%1 s: %2 %3</source>
        <translation>%1초: %2 %3</translation>
    </message>
    <message>
        <source>Requests and errors</source>
        <translation>요청과 오류</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>초당</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>요청/초</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>오류/초</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>오류율</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>오류율</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>%1: CPU</source>
        <translation>%1: CPU</translation>
    </message>
    <message>
        <source>average CPU</source>
        <translation>평균 CPU</translation>
    </message>
    <message>
        <source>%1: capacity</source>
        <translation>%1: 용량</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>서비스 중</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>희망</translation>
    </message>
    <message>
        <source>Simulation without a drill</source>
        <translation>훈련 없는 시뮬레이션</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s language: a BCP 47 code</comment>
        <translation>ko</translation>
    </message>
    <message>
        <source>Drill report: %1 — %2</source>
        <translation>훈련 보고서: %1 — %2</translation>
    </message>
    <message>
        <source>Drill report: %1</source>
        <translation>훈련 보고서: %1</translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation>설계: %1</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>The drill sets no expectations.</source>
        <translation>훈련에 기대 조건이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Every expectation held (%n of %n).</source>
        <translation>
            <numerusform>모든 기대 조건 충족 (%n개 중 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 expectations failed.</source>
        <translation>기대 조건 %2개 중 %1개 실패.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 s of %2 s simulated. The verdict and the figures cover the seconds simulated so far.</source>
        <translation>실행이 끝나지 않았습니다: %2초 중 %1초를 시뮬레이션했습니다. 판정과 수치는 지금까지 시뮬레이션한 시간만 다룹니다.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Drill file</source>
        <translation>훈련 파일</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>시뮬레이션한 시간</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>지연 시간 p50</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>지연 시간 p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>지연 시간 p99</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>기대 조건</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>기대 조건</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실제 값</translation>
    </message>
    <message>
        <source>Drill events</source>
        <translation>훈련 이벤트</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Dashed vertical lines mark the events of the timeline.</source>
        <translation>세로 점선은 타임라인의 이벤트를 표시합니다.</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translation>설계 전체</translation>
    </message>
    <message>
        <source>Auto Scaling group %1</source>
        <translation>Auto Scaling 그룹 %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Nothing happened.</source>
        <translation>아무 일도 없었습니다.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>The design cannot be drawn: %1</source>
        <translation>설계를 그릴 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Written by SkyDraft.</source>
        <translation>SkyDraft가 작성했습니다.</translation>
    </message>
    <message>
        <source>cannot lay out the PDF document</source>
        <translation>PDF 문서를 배치할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: a report is .html, .htm or .pdf</source>
        <translation>%1: 보고서는 .html, .htm 또는 .pdf여야 합니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>skydraft::EditingSession</name>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <source>Can it reach?</source>
        <translation>연결 가능 여부</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>왼쪽 맞춤(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>위쪽 맞춤(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;Centres Vertically</source>
        <translation>가운데 맞춤(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Middles Horizontally</source>
        <translation>중간 맞춤(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>눈금에 맞추기(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Ports and CIDRs</source>
        <translation>포트 및 CIDR 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Show the inbound rules of the security groups on what they protect.</source>
        <translation>보안 그룹의 인바운드 규칙을 보호 대상 리소스에 표시합니다.</translation>
    </message>
    <message>
        <source>C&amp;onnect Mode</source>
        <translation>연결 모드(&amp;O)</translation>
    </message>
    <message>
        <source>Drag from one resource to another to connect them (Route 53 → load balancer → target group → instances → database).</source>
        <translation>한 리소스에서 다른 리소스로 드래그하여 연결합니다(Route 53 → 로드 밸런서 → 대상 그룹 → 인스턴스 → 데이터베이스).</translation>
    </message>
    <message>
        <source>A&amp;rrange</source>
        <translation>정렬(&amp;R)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Grow containers</source>
        <translation>컨테이너 확장</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%2에 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 cannot go there: %2</source>
        <translation>%1은(는) 그곳에 둘 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Moved %1 out of its container.</source>
        <translation>%1을(를) 컨테이너 밖으로 이동했습니다.</translation>
    </message>
    <message>
        <source>Moved %1 into %2.</source>
        <translation>%1을(를) %2 안으로 이동했습니다.</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>%1 크기 조정</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n resource(s).</source>
        <translation>
            <numerusform>리소스 %n개를 복사했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n resource(s).</source>
        <translation>
            <numerusform>리소스 %n개를 붙여넣었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s) and what they held.</source>
        <translation>
            <numerusform>리소스 %n개와 그 안의 항목을 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개 미세 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개 정렬</numerusform>
        </translation>
    </message>
    <message>
        <source>Can It &amp;Reach…</source>
        <translation>연결 가능 여부(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n resource(s).</source>
        <translation>
            <numerusform>리소스 %n개를 복제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can It Reach… &amp;From Here</source>
        <translation>여기서 연결 가능 여부(&amp;F)…</translation>
    </message>
    <message>
        <source>Can It Reach… &amp;Here</source>
        <translation>여기로 연결 가능 여부(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n resource(s); left out references to what this design does not have: %1.</source>
        <translation>
            <numerusform>리소스 %n개를 붙여 넣었습니다. 이 설계에 없는 대상에 대한 참조는 제외했습니다: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing connected: release the connection from %1 on the resource it goes to.</source>
        <translation>연결되지 않았습니다. %1에서 시작한 연결을 대상 리소스 위에서 놓으세요.</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>오른쪽 가장자리 맞춤(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>아래쪽 가장자리 맞춤(&amp;B)</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>가로로 균등 분배(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>세로로 균등 분배(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Resource…</source>
        <translation>리소스 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1을(를) 찾았습니다.</translation>
    </message>
    <message>
        <source>No resource matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;과(와) 일치하는 리소스가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개 균등 분배</numerusform>
        </translation>
    </message>
    <message>
        <source>Make Pu&amp;blic</source>
        <translation>퍼블릭으로 만들기(&amp;B)</translation>
    </message>
    <message>
        <source>Route 0.0.0.0/0 to the VPC&apos;s internet gateway (adding the gateway and a route table when there are none)</source>
        <translation>0.0.0.0/0을 VPC의 인터넷 게이트웨이로 라우팅합니다(없으면 게이트웨이와 라우팅 테이블을 추가)</translation>
    </message>
    <message>
        <source>%1 is public: it routes 0.0.0.0/0 to the internet gateway through %2.</source>
        <translation>%1은(는) 퍼블릭입니다. %2을(를) 통해 0.0.0.0/0을 인터넷 게이트웨이로 라우팅합니다.</translation>
    </message>
</context>
<context>
    <name>skydraft::Editor</name>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters and digits, starting with a letter.</source>
        <translation>&quot;%1&quot;은(는) 유효한 ID가 아닙니다. 영문자로 시작하고 영문자와 숫자만 사용하세요.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken.</source>
        <translation>ID &quot;%1&quot;은(는) 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>There is no resource &quot;%1&quot;.</source>
        <translation>리소스 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>%1 has no property &quot;%2&quot;.</source>
        <translation>%1에는 &quot;%2&quot; 속성이 없습니다.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <source>Reset %1 of %2</source>
        <translation>%2의 %1 재설정</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 이름 바꾸기</translation>
    </message>
    <message>
        <source>Change id %1 to %2</source>
        <translation>ID 변경: %1 → %2</translation>
    </message>
    <message>
        <source>%1 cannot be placed inside itself.</source>
        <translation>%1은(는) 자기 자신 안에 배치할 수 없습니다.</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>%1을(를) %2 안으로 이동</translation>
    </message>
    <message>
        <source>the canvas</source>
        <translation>캔버스</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개의 %1 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rename %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개의 이름 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no subnet &quot;%1&quot;.</source>
        <translation>서브넷 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not in a VPC.</source>
        <translation>%1은(는) VPC 안에 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is already public: it routes the internet to an internet gateway.</source>
        <translation>%1은(는) 이미 퍼블릭입니다. 인터넷을 인터넷 게이트웨이로 라우팅합니다.</translation>
    </message>
    <message>
        <source>Make %1 Public</source>
        <translation>%1을(를) 퍼블릭으로 만들기</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken by the imported template (a resource, parameter or folded-in resource of its own).</source>
        <translation>ID &quot;%1&quot;은(는) 가져온 템플릿이 이미 사용합니다(템플릿 자체의 리소스, 파라미터 또는 설계에 합쳐진 리소스).</translation>
    </message>
</context>
<context>
    <name>skydraft::ExportDialog</name>
    <message>
        <source>Only the &amp;selected items</source>
        <translation>선택한 항목만(&amp;S)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>다이어그램 내보내기</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 드로잉</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>PNG only: 2 gives twice the pixels in each direction (sharp on high-DPI screens).</source>
        <translation>PNG 전용: 2로 설정하면 가로와 세로 픽셀 수가 각각 두 배가 됩니다(고DPI 화면에서 선명함).</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>배율(&amp;C):</translation>
    </message>
</context>
<context>
    <name>skydraft::FileWrite</name>
    <message>
        <source>the write did not complete</source>
        <translation>쓰기가 끝나지 않았습니다</translation>
    </message>
</context>
<context>
    <name>skydraft::FindBox</name>
    <message>
        <source>Find resource (Ctrl+F)</source>
        <translation>리소스 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a resource on the canvas by its id, name or type.</source>
        <translation>ID, 이름 또는 유형으로 캔버스에서 리소스를 찾습니다.</translation>
    </message>
</context>
<context>
    <name>skydraft::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started with SkyDraft&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Draw.&lt;/b&gt; Drag a VPC from Resources onto the canvas, then Availability Zones and subnets into it, then load balancers, Auto Scaling groups, instances and databases into the subnets. Drop a resource on a container&apos;s body to put it inside.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect.&lt;/b&gt; Drag from the small handle of a resource to another: a load balancer to a target group, a target group to an Auto Scaling group. The status bar says why a connection is refused.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Edit.&lt;/b&gt; Select a resource and change it in the Inspector: subnets, security-group rules, listeners, scaling policies. Every edit can be undone (Ctrl+Z).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check.&lt;/b&gt; The Problems list updates as you draw. &quot;Can it reach?&quot; answers whether one resource reaches another on a port, and which rule blocks it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Simulate.&lt;/b&gt; Press F5 to run traffic through the design: requests on the canvas, CPU and capacity in the charts. Right-click a resource to break it, or choose a drill.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Study.&lt;/b&gt; Help &amp;gt; Study follows the study path, with example architectures to build and drills to pass.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Share.&lt;/b&gt; File &amp;gt; Export writes PNG, SVG or PDF diagrams, CloudFormation, Terraform or draw.io; File &amp;gt; Open reads CloudFormation templates.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;SkyDraft 시작하기&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;그리기.&lt;/b&gt; 리소스 패널에서 VPC를 캔버스로 끌어 놓고, 그 안에 가용 영역과 서브넷을, 서브넷 안에 로드 밸런서, Auto Scaling 그룹, 인스턴스, 데이터베이스를 놓습니다. 컨테이너 본문에 놓으면 그 안에 들어갑니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;연결하기.&lt;/b&gt; 리소스의 작은 핸들에서 다른 리소스로 끕니다: 로드 밸런서에서 대상 그룹으로, 대상 그룹에서 Auto Scaling 그룹으로. 연결이 거부되면 상태 표시줄이 이유를 알려 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;편집하기.&lt;/b&gt; 리소스를 선택하고 인스펙터에서 바꿉니다: 서브넷, 보안 그룹 규칙, 리스너, 조정 정책. 모든 편집은 되돌릴 수 있습니다(Ctrl+Z).&lt;/li&gt;&lt;li&gt;&lt;b&gt;검사하기.&lt;/b&gt; 문제 목록은 그리는 동안 갱신됩니다. &quot;연결 가능 여부&quot;는 한 리소스가 다른 리소스에 포트로 도달하는지, 어떤 규칙이 막는지 알려 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시뮬레이션.&lt;/b&gt; F5를 누르면 설계에 트래픽이 흐릅니다: 캔버스의 요청, 차트의 CPU와 용량. 리소스를 오른쪽 클릭해 고장 내거나 훈련을 고릅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;학습.&lt;/b&gt; 도움말 &amp;gt; 학습은 학습 경로를 따라 만들어 볼 예제 아키텍처와 통과할 훈련을 보여 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;공유하기.&lt;/b&gt; 파일 &amp;gt; 내보내기는 PNG, SVG, PDF 다이어그램과 CloudFormation, Terraform, draw.io를 씁니다. 파일 &amp;gt; 열기는 CloudFormation 템플릿을 읽습니다.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>skydraft::ImportReport</name>
    <message>
        <source>Open a CloudFormation template to see what its import left out or assumed.</source>
        <translation>CloudFormation 템플릿을 열면 가져오기에서 제외되거나 가정된 내용이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 was imported whole: nothing left out, nothing assumed.</source>
        <translation>%1을(를) 모두 가져왔습니다. 제외되거나 가정된 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) on what the import left out or assumed. Click a note to show its resource.</source>
        <translation>
            <numerusform>%1: 가져오기에서 제외되거나 가정된 내용에 대한 메모 %n개. 메모를 클릭하면 해당 리소스를 보여 줍니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1
(click to show %2)</source>
        <translation>%1
(클릭하면 %2을(를) 보여 줍니다)</translation>
    </message>
</context>
<context>
    <name>skydraft::Inspector</name>
    <message>
        <source>Select a resource on the canvas to see and edit its properties.</source>
        <translation>캔버스에서 리소스를 선택하면 속성을 보고 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>An id is letters and digits, starting with a letter.</source>
        <translation>ID는 영문자로 시작하고 영문자와 숫자로만 이루어집니다.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken.</source>
        <translation>ID &quot;%1&quot;은(는) 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>Change id %1 to %2</source>
        <translation>ID 변경: %1 → %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 이름 바꾸기</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(최상위)</translation>
    </message>
    <message>
        <source>Drag the resource into another container to move it.</source>
        <translation>리소스를 옮기려면 다른 컨테이너로 드래그하세요.</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>상위 항목</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>기본값: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>Reset %1 of %2</source>
        <translation>%2의 %1 재설정</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(기본값)</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>기본값(%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1은(는) 필수입니다.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1은(는) 정수여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1은(는) %2~%3 범위여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR block (%2); write it like 10.0.0.0/16.</source>
        <translation>&quot;%1&quot;은(는) IPv4 CIDR 블록이 아닙니다(%2). 10.0.0.0/16 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>%1 has host bits set: the block starts at %2.</source>
        <translation>%1에 호스트 비트가 설정되어 있습니다. 블록은 %2에서 시작합니다.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1은(는) 다음 중 하나여야 합니다: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n resources: %1</source>
        <translation>
            <numerusform>리소스 %n개: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rename %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개의 이름 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(여러 값)</translation>
    </message>
    <message>
        <source>(the ids)</source>
        <translation>(ID 목록)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>not a choice for every selected resource</source>
        <translation>선택한 모든 리소스에 대해 선택할 수 있는 값이 아닙니다</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개의 %1 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>default differs between them</source>
        <translation>기본값이 리소스마다 다릅니다</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>%1 (not a valid choice)</source>
        <translation>%1 (유효하지 않은 선택)</translation>
    </message>
    <message>
        <source>Differs between the selected resources: select one of them to edit it.</source>
        <translation>선택한 리소스마다 다릅니다. 편집하려면 그중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 CIDR block (%2); write it like 10.0.0.0/16 or ::/0.</source>
        <translation>&quot;%1&quot;은(는) IPv4 또는 IPv6 CIDR 블록이 아닙니다(%2). 10.0.0.0/16이나 ::/0처럼 쓰세요.</translation>
    </message>
</context>
<context>
    <name>skydraft::Language</name>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>skydraft::LiveFindings</name>
    <message>
        <source>No problems: AWS would accept this design, and the checker found nothing to warn about.</source>
        <translation>문제 없음: AWS가 이 설계를 수락하며, 검사기에서 경고할 항목을 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>skydraft::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>샘플 열기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SkyDraft</source>
        <translation>SkyDraft 정보(&amp;A)</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1: 열 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>설계를 열 수 없음</translation>
    </message>
    <message>
        <source>About SkyDraft</source>
        <translation>SkyDraft 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SkyDraft %1&lt;/h3&gt;&lt;p&gt;Design AWS architectures, prove what can reach what, and rehearse failures.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SkyDraft %1&lt;/h3&gt;&lt;p&gt;AWS 아키텍처를 설계하고, 어떤 리소스가 어디에 도달할 수 있는지 검증하고, 장애 상황을 미리 연습해 보세요.&lt;/p&gt;&lt;p&gt;MIT 라이선스.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>%1[*] — SkyDraft</source>
        <translation>%1[*] — SkyDraft</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>다이어그램 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Designs and templates (*.skydraft *.json *.yaml *.yml *.template);;SkyDraft designs (*.skydraft);;CloudFormation templates (*.json *.yaml *.yml *.template);;All files (*)</source>
        <translation>설계 및 템플릿 (*.skydraft *.json *.yaml *.yml *.template);;SkyDraft 설계 (*.skydraft);;CloudFormation 템플릿 (*.json *.yaml *.yml *.template);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>새 설계</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing it?</source>
        <translation>닫기 전에 &quot;%1&quot;의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>설계를 저장할 수 없음</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>다른 이름으로 설계 저장</translation>
    </message>
    <message>
        <source>SkyDraft designs (*.skydraft)</source>
        <translation>SkyDraft 설계 (*.skydraft)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>다이어그램 내보내기</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message>
        <source>Cannot export diagram</source>
        <translation>다이어그램을 내보낼 수 없음</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 내보냄</translation>
    </message>
    <message>
        <source>Recovered %1</source>
        <translation>%1 복구됨</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>저장되지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <source>Cannot recover design</source>
        <translation>설계를 복구할 수 없음</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>실행 취소함: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>다시 실행함: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… 외 오류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel; Ctrl+0 fits, Ctrl+1 is 100 %)</source>
        <translation>확대/축소 (Ctrl+휠, Ctrl+0은 전체 보기, Ctrl+1은 100 %)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Export &amp;Design To</source>
        <translation>설계 내보내기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;CloudFormation Template…</source>
        <translation>CloudFormation 템플릿(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Terraform…</source>
        <translation>Terraform(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;draw.io Diagram…</source>
        <translation>draw.io 다이어그램(&amp;D)…</translation>
    </message>
    <message>
        <source>Terraform (*.tf)</source>
        <translation>Terraform (*.tf)</translation>
    </message>
    <message>
        <source>draw.io diagrams (*.drawio)</source>
        <translation>draw.io 다이어그램 (*.drawio)</translation>
    </message>
    <message>
        <source>CloudFormation templates (*.yaml *.yml *.json)</source>
        <translation>CloudFormation 템플릿 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Export Design</source>
        <translation>설계 내보내기</translation>
    </message>
    <message>
        <source>Cannot export to %1</source>
        <translation>%1(으)로 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot export design</source>
        <translation>설계를 내보낼 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n note(s): what the format cannot carry)</source>
        <translation>
            <numerusform>%1(으)로 내보냈습니다 (참고 %n개: 이 형식에 담을 수 없는 내용)</numerusform>
        </translation>
    </message>
    <message>
        <source>SkyDraft did not close normally. Open the unsaved changes to &quot;%1&quot; from %2?</source>
        <translation>SkyDraft가 정상적으로 종료되지 않았습니다. %2에 저장된 &quot;%1&quot;의 저장하지 않은 변경 사항을 여시겠습니까?</translation>
    </message>
    <message>
        <source>Discard deletes them for good; Ignore keeps them for the next start.</source>
        <translation>삭제하면 영구히 지워집니다. 무시하면 다음 시작 때까지 보관됩니다.</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resource(s) from %1; the Import Report lists what was left out or assumed.</source>
        <translation>
            <numerusform>%1에서 리소스 %n개를 가져왔습니다. 가져오기 보고서에 제외되거나 가정된 내용이 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>%1 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resource(s) from %1.</source>
        <translation>
            <numerusform>%1에서 리소스 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skydraft::NativeFile</name>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>중첩이 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>잘못된 JSON: %1</translation>
    </message>
    <message>
        <source>unreadable design: %1</source>
        <translation>읽을 수 없는 설계: %1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>열 수 없음: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation>파일이 %1MiB보다 큽니다</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>소수</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2</source>
        <translation>%1은(는) 문자열이어야 합니다(현재: %2)</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1은(는) 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation>%1은(는) 숫자여야 합니다(현재: %2)</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1은(는) true 또는 false여야 합니다(현재: %2)</translation>
    </message>
    <message>
        <source>%1 must be an array of ids, not %2</source>
        <translation>%1은(는) ID 배열이어야 합니다(현재: %2)</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 must be an array of rows, not %2</source>
        <translation>%1은(는) 행 배열이어야 합니다(현재: %2)</translation>
    </message>
    <message>
        <source>a row of %1 must be an object, not %2</source>
        <translation>%1의 행은 객체여야 합니다(현재: %2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in a row of %2</source>
        <translation>%2의 행에 알 수 없는 필드 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>layout entry needs &quot;%1&quot;</source>
        <translation>레이아웃 항목에 &quot;%1&quot;이(가) 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not %2</source>
        <translation>&quot;%1&quot;은(는) 숫자여야 합니다(현재: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>&quot;%1&quot;이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>not a SkyDraft design: the top level must be an object</source>
        <translation>SkyDraft 설계가 아닙니다: 최상위 값은 객체여야 합니다</translation>
    </message>
    <message>
        <source>not a SkyDraft design: &quot;format&quot;: &quot;skydraft&quot; is missing</source>
        <translation>SkyDraft 설계가 아닙니다: &quot;format&quot;: &quot;skydraft&quot;가 없습니다</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>&quot;version&quot;은 정수여야 합니다</translation>
    </message>
    <message>
        <source>this design was written by a newer SkyDraft (file version %1; this build reads up to %2): update SkyDraft to open it</source>
        <translation>이 설계는 더 새로운 버전의 SkyDraft로 작성되었습니다(파일 버전 %1, 이 빌드는 버전 %2까지 읽을 수 있음). 열려면 SkyDraft를 업데이트하세요</translation>
    </message>
    <message>
        <source>unknown file version %1</source>
        <translation>알 수 없는 파일 버전 %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>알 수 없는 키 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;resources&quot; must be an array</source>
        <translation>&quot;resources&quot;는 배열이어야 합니다</translation>
    </message>
    <message>
        <source>a resource must be an object, not %1</source>
        <translation>리소스는 객체여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>a resource needs an &quot;id&quot;</source>
        <translation>리소스에 &quot;id&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>&quot;id&quot; must not be empty</source>
        <translation>&quot;id&quot;는 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also resource %2)</source>
        <translation>중복된 ID &quot;%1&quot;(리소스 %2에서도 사용됨)</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; needs a &quot;type&quot;</source>
        <translation>리소스 &quot;%1&quot;에 &quot;type&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>unknown resource type &quot;%1&quot;</source>
        <translation>알 수 없는 리소스 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object, not %1</source>
        <translation>&quot;properties&quot;는 객체여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>resource type %1 has no property &quot;%2&quot;</source>
        <translation>리소스 유형 %1에는 &quot;%2&quot; 속성이 없습니다</translation>
    </message>
    <message>
        <source>parent &quot;%1&quot; is not a resource of this design</source>
        <translation>상위 항목 &quot;%1&quot;은(는) 이 설계의 리소스가 아닙니다</translation>
    </message>
    <message>
        <source>a resource cannot contain itself</source>
        <translation>리소스는 자기 자신을 포함할 수 없습니다</translation>
    </message>
    <message>
        <source>containment loops back to &quot;%1&quot;</source>
        <translation>포함 관계가 &quot;%1&quot;에서 순환합니다</translation>
    </message>
    <message>
        <source>&quot;layout&quot; must be an object, not %1</source>
        <translation>&quot;layout&quot;은 객체여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>layout for &quot;%1&quot;, which is not a resource of this design</source>
        <translation>이 설계의 리소스가 아닌 &quot;%1&quot;에 대한 레이아웃이 있습니다</translation>
    </message>
    <message>
        <source>a layout entry must be an object, not %1</source>
        <translation>레이아웃 항목은 객체여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>width and height must not be negative</source>
        <translation>너비와 높이는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;cloudformation&quot; must be an object, not %1</source>
        <translation>&quot;cloudformation&quot;은 %1이(가) 아니라 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>skydraft::Palette</name>
    <message>
        <source>Clients and DNS</source>
        <translation>클라이언트 및 DNS</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>네트워킹</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>컴퓨팅</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Filter resources…</source>
        <translation>리소스 필터…</translation>
    </message>
    <message>
        <source>%1 — drag onto the canvas, or click here and then on the canvas.</source>
        <translation>%1 — 캔버스로 드래그하거나, 여기를 클릭한 다음 캔버스를 클릭하세요.</translation>
    </message>
</context>
<context>
    <name>skydraft::ParametersDialog</name>
    <message>
        <source>Template Parameters</source>
        <translation>템플릿 파라미터</translation>
    </message>
    <message>
        <source>%1 takes these parameters. Each starts at the template&apos;s default; one left empty is assumed, and the import report says how.</source>
        <translation>%1은(는) 다음 파라미터를 받습니다. 각 값은 템플릿의 기본값으로 시작하며, 비워 두면 가정된 값을 쓰고 가져오기 보고서에 그 방법을 적습니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>skydraft::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>모양(&amp;A):</translation>
    </message>
    <message>
        <source>A new language or appearance applies when SkyDraft restarts. Exported diagrams are always light.</source>
        <translation>새 언어나 모양은 SkyDraft를 다시 시작하면 적용됩니다. 내보낸 다이어그램은 항상 밝은 색입니다.</translation>
    </message>
</context>
<context>
    <name>skydraft::ReachTool</name>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선택 항목</translation>
    </message>
    <message>
        <source>Use the resource selected on the canvas</source>
        <translation>캔버스에서 선택한 리소스 사용</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>To</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Protocol / port</source>
        <translation>프로토콜 / 포트</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>Reachable: %1 can reach %2 on %3.</source>
        <translation>연결 가능: %1에서 %2의 %3에 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>No path.</source>
        <translation>경로가 없습니다.</translation>
    </message>
    <message>
        <source>Not reachable: %1 cannot reach %2 on %3.</source>
        <translation>연결 불가: %1에서 %2의 %3에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is no longer in the design.</source>
        <translation>%1은(는) 더 이상 설계에 없습니다.</translation>
    </message>
</context>
<context>
    <name>skydraft::ReferenceScope</name>
    <message>
        <source>not in the design</source>
        <translation>설계에 없음</translation>
    </message>
    <message>
        <source>the resource itself</source>
        <translation>리소스 자신</translation>
    </message>
    <message>
        <source>a resource of type %1</source>
        <translation>%1 유형의 리소스</translation>
    </message>
    <message>
        <source>in another VPC: %1</source>
        <translation>다른 VPC에 있음: %1</translation>
    </message>
</context>
<context>
    <name>skydraft::ResourceClipboard</name>
    <message>
        <source>The clipboard holds no SkyDraft resources.</source>
        <translation>클립보드에 SkyDraft 리소스가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n resource(s)</source>
        <translation>
            <numerusform>리소스 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted: %1 (%2).</source>
        <translation>붙여넣지 못함: %1(%2).</translation>
    </message>
    <message>
        <source>Grow containers</source>
        <translation>컨테이너 확장</translation>
    </message>
</context>
<context>
    <name>skydraft::RuleTableEditor</name>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>기본값: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>not a choice for every selected resource</source>
        <translation>선택한 모든 리소스에 대해 선택할 수 있는 값이 아닙니다</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of row %2:</source>
        <translation>%2행의 %1:</translation>
    </message>
    <message>
        <source>%1 of %2:</source>
        <translation>%2의 %1:</translation>
    </message>
</context>
<context>
    <name>skydraft::ScenarioListDialog</name>
    <message>
        <source>Beginner</source>
        <translation>초급</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>중급</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Solved, %1 of %2 questions</source>
        <translation>완료, 문제 %2개 중 %1개 정답</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Guided scenarios for the AWS Solutions Architect exam: each starts from a design with something to fix, graded live by the checker and the simulator. %1 of %2 solved.</source>
        <translation>AWS Solutions Architect 시험 대비 안내 시나리오입니다. 각 시나리오는 고칠 곳이 있는 설계에서 시작하며, 검사기와 시뮬레이터가 실시간으로 채점합니다. %2개 중 %1개 완료.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>수준</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
</context>
<context>
    <name>skydraft::ScenarioPanel</name>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Run the Drill</source>
        <translation>훈련 실행</translation>
    </message>
    <message>
        <source>Play the scenario&apos;s drill in the live simulation</source>
        <translation>시나리오의 훈련을 실시간 시뮬레이션에서 재생합니다</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>힌트</translation>
    </message>
    <message>
        <source>Show Solution</source>
        <translation>해답 보기</translation>
    </message>
    <message>
        <source>Open the reference design, read-only, in its own window</source>
        <translation>참고 설계를 별도 창에서 읽기 전용으로 엽니다</translation>
    </message>
    <message>
        <source>Every goal is met. Why it works:</source>
        <translation>모든 목표를 달성했습니다. 이렇게 동작하는 이유:</translation>
    </message>
    <message>
        <source>Hint (%1 of %2)</source>
        <translation>힌트 (%2개 중 %1번째)</translation>
    </message>
    <message>
        <source>%1 of %2 goals met</source>
        <translation>목표 %2개 중 %1개 달성</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>문제 %1</translation>
    </message>
    <message>
        <source>Check Answer</source>
        <translation>정답 확인</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>정답입니다.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>틀렸습니다.</translation>
    </message>
    <message>
        <source>(right)</source>
        <translation>(정답)</translation>
    </message>
    <message>
        <source>(wrong)</source>
        <translation>(오답)</translation>
    </message>
</context>
<context>
    <name>skydraft::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>바로 가기</translation>
    </message>
</context>
<context>
    <name>skydraft::SimulationOverlay</name>
    <message>
        <source>booting</source>
        <translation>부팅 중</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>서비스 중</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>비정상</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>드레이닝 중</translation>
    </message>
    <message>
        <source>terminating</source>
        <translation>종료 중</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>hung</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>deploying</source>
        <translation>배포 중</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>저하됨</translation>
    </message>
    <message>
        <source>available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>failing over</source>
        <translation>장애 조치 중</translation>
    </message>
    <message>
        <source>promoting</source>
        <translation>승격 중</translation>
    </message>
    <message>
        <source>down</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>zone down</source>
        <translation>영역 중단</translation>
    </message>
    <message>
        <source>%1 in service / %2 desired</source>
        <translation>서비스 중 %1 / 희망 %2</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>정상 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 healthy · %2 unhealthy</source>
        <translation>정상 %1 · 비정상 %2</translation>
    </message>
    <message>
        <source>primary %1 · standby %2</source>
        <translation>기본 %1 · 대기 %2</translation>
    </message>
    <message>
        <source>primary %1</source>
        <translation>기본 %1</translation>
    </message>
    <message>
        <source>Simulated at %1 s: %2</source>
        <translation>%1초 시뮬레이션 상태: %2</translation>
    </message>
    <message>
        <source>%1 requests/s, %2 failing</source>
        <translation>초당 요청 %1, 실패 %2</translation>
    </message>
    <message>
        <source>%1 in service, desired %2, CPU %3 %</source>
        <translation>서비스 중 %1, 희망 %2, CPU %3 %</translation>
    </message>
    <message>
        <source>  %1 (%2): %3, CPU %4 %</source>
        <translation>  %1 (%2): %3, CPU %4 %</translation>
    </message>
    <message>
        <source>Primary in %1</source>
        <translation>기본: %1</translation>
    </message>
    <message>
        <source>Standby (or replica) in %1</source>
        <translation>대기(또는 복제본): %1</translation>
    </message>
    <message>
        <source>  node in %1: up</source>
        <translation>  %1의 노드: 동작</translation>
    </message>
    <message>
        <source>  node in %1: down</source>
        <translation>  %1의 노드: 중단</translation>
    </message>
    <message>
        <source>CPU %1 %, latency %2 ms</source>
        <translation>CPU %1 %, 지연 시간 %2 ms</translation>
    </message>
</context>
<context>
    <name>skydraft::SimulationPanel</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation>재생 / 일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Step one second</source>
        <translation>1초 진행</translation>
    </message>
    <message>
        <source>Run to the next event</source>
        <translation>다음 이벤트까지 실행</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Simulated seconds per second</source>
        <translation>실제 1초당 시뮬레이션 초</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1배</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>최대 속도</translation>
    </message>
    <message>
        <source>Drag to go to any second of the run</source>
        <translation>끌어서 실행의 원하는 초로 이동</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>트래픽:</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> 요청/초</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>ramp</source>
        <translation>점증</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>급증</translation>
    </message>
    <message>
        <source>diurnal</source>
        <translation>일주기</translation>
    </message>
    <message>
        <source>peak </source>
        <translation>최대 </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Change the traffic now (recorded as a set-rps event)</source>
        <translation>지금 트래픽을 바꿉니다(set-rps 이벤트로 기록)</translation>
    </message>
    <message>
        <source>Drill:</source>
        <translation>훈련:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Open a drill file</source>
        <translation>훈련 파일 열기</translation>
    </message>
    <message>
        <source>Save as Drill…</source>
        <translation>훈련으로 저장…</translation>
    </message>
    <message>
        <source>Write what this run did as a drill file that replays it exactly</source>
        <translation>이 실행을 그대로 재현하는 훈련 파일로 저장</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>기대 조건</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실제 값</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Click an event to go to its second</source>
        <translation>이벤트를 클릭하면 그 시각으로 이동합니다</translation>
    </message>
    <message>
        <source>No event left in this run.</source>
        <translation>이 실행에 남은 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>About to happen — %1</source>
        <translation>곧 일어날 일 — %1</translation>
    </message>
    <message>
        <source>The run is over.</source>
        <translation>실행이 끝났습니다.</translation>
    </message>
    <message>
        <source>No drill (constant traffic, 1 hour)</source>
        <translation>훈련 없음(일정한 트래픽, 1시간)</translation>
    </message>
    <message>
        <source>At %1 s: %2</source>
        <translation>%1초: %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>재생 (Space)</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>유지 중</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>실패 중</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Requests %1, errors %2 (%3 %)</source>
        <translation>요청 %1, 오류 %2 (%3 %)</translation>
    </message>
    <message>
        <source>Verdict: PASS — every expectation held</source>
        <translation>판정: 통과 — 모든 기대 조건 충족</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: FAIL — %n expectation(s) failed</source>
        <translation>
            <numerusform>판정: 실패 — 기대 조건 %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 expectations decided</source>
        <translation>기대 조건 %2개 중 %1개 판정됨</translation>
    </message>
</context>
<context>
    <name>skydraft::SimulationRoom</name>
    <message>
        <source>Simulation</source>
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Simulating — Stop (Esc) to edit</source>
        <translation>시뮬레이션 중 — 편집하려면 중지(Esc)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Open Drill</source>
        <translation>훈련 열기</translation>
    </message>
    <message>
        <source>Drills (*.json);;All files (*)</source>
        <translation>훈련 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>시뮬레이션(&amp;S)</translation>
    </message>
    <message>
        <source>Run traffic through the design and rehearse failures (F5)</source>
        <translation>설계에 트래픽을 흘리고 장애를 연습합니다 (F5)</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>S&amp;top Simulation</source>
        <translation>시뮬레이션 중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the simulation and edit the design again (Esc)</source>
        <translation>시뮬레이션을 멈추고 다시 설계를 편집합니다 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>재생 / 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Save as &amp;Drill…</source>
        <translation>훈련으로 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as Drill</source>
        <translation>훈련으로 저장</translation>
    </message>
    <message>
        <source>drill.json</source>
        <translation>drill.json</translation>
    </message>
    <message>
        <source>Drills (*.json)</source>
        <translation>훈련 (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;Charts…</source>
        <translation>차트 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>charts.png</source>
        <translation>charts.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Export Simulated &amp;Series (CSV)…</source>
        <translation>시뮬레이션 계열 내보내기(&amp;S) (CSV)…</translation>
    </message>
    <message>
        <source>Export Series</source>
        <translation>계열 내보내기</translation>
    </message>
    <message>
        <source>series.csv</source>
        <translation>series.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation>시뮬레이션(&amp;M)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The design is read-only while it is simulated: Stop (Esc) to edit.</source>
        <translation>시뮬레이션 중에는 설계를 바꿀 수 없습니다: 편집하려면 중지(Esc)하세요.</translation>
    </message>
    <message>
        <source>Simulating: Space plays and pauses, right-click a resource to break it</source>
        <translation>시뮬레이션 중: Space로 재생과 일시 정지, 리소스를 오른쪽 클릭하면 장애를 일으킵니다</translation>
    </message>
    <message>
        <source>Simulation stopped: the design is editable again</source>
        <translation>시뮬레이션 중지: 다시 설계를 편집할 수 있습니다</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>At %1 s: %2</source>
        <translation>%1초: %2</translation>
    </message>
    <message>
        <source>Fail Instance %1</source>
        <translation>인스턴스 %1 장애</translation>
    </message>
    <message>
        <source>Hang the Application on %1</source>
        <translation>%1의 애플리케이션 멈춤</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>%1 복구</translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation>%1 재부팅</translation>
    </message>
    <message>
        <source>Fail Database %1</source>
        <translation>데이터베이스 %1 장애</translation>
    </message>
    <message>
        <source>Reboot %1 with Failover</source>
        <translation>장애 조치로 %1 재부팅</translation>
    </message>
    <message>
        <source>Promote Read Replica %1</source>
        <translation>읽기 전용 복제본 %1 승격</translation>
    </message>
    <message>
        <source>Fail Cache %1</source>
        <translation>캐시 %1 장애</translation>
    </message>
    <message>
        <source>Fail an Instance of %1</source>
        <translation>%1의 인스턴스 하나 장애</translation>
    </message>
    <message>
        <source>Set Desired Capacity of %1…</source>
        <translation>%1의 희망 용량 설정…</translation>
    </message>
    <message>
        <source>Desired Capacity</source>
        <translation>희망 용량</translation>
    </message>
    <message>
        <source>Instances %1 should run:</source>
        <translation>%1이(가) 실행할 인스턴스 수:</translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation>%1에 배포</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>롤링</translation>
    </message>
    <message>
        <source>Rolling, Bad Version</source>
        <translation>롤링, 잘못된 버전</translation>
    </message>
    <message>
        <source>Blue/Green</source>
        <translation>블루/그린</translation>
    </message>
    <message>
        <source>Blue/Green, Bad Version</source>
        <translation>블루/그린, 잘못된 버전</translation>
    </message>
    <message>
        <source>Canary (10 %)</source>
        <translation>카나리 (10 %)</translation>
    </message>
    <message>
        <source>Canary (10 %), Bad Version</source>
        <translation>카나리 (10 %), 잘못된 버전</translation>
    </message>
    <message>
        <source>Roll Back %1</source>
        <translation>%1 롤백</translation>
    </message>
    <message>
        <source>Recover This Availability Zone (%1)</source>
        <translation>이 가용 영역 복구 (%1)</translation>
    </message>
    <message>
        <source>Fail This Availability Zone (%1)</source>
        <translation>이 가용 영역 장애 (%1)</translation>
    </message>
    <message>
        <source>Export Drill &amp;Report…</source>
        <translation>훈련 보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Drill Report</source>
        <translation>훈련 보고서 내보내기</translation>
    </message>
    <message>
        <source>drill-report.html</source>
        <translation>drill-report.html</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm);;PDF document (*.pdf)</source>
        <translation>HTML 페이지 (*.html *.htm);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>No simulation is running.</source>
        <translation>실행 중인 시뮬레이션이 없습니다.</translation>
    </message>
    <message>
        <source>Point the Application at %1</source>
        <translation>애플리케이션이 %1을(를) 가리키게 하기</translation>
    </message>
    <message>
        <source>Fail NAT Gateway %1</source>
        <translation>NAT 게이트웨이 %1 장애 발생</translation>
    </message>
</context>
<context>
    <name>skydraft::SimulationSession</name>
    <message>
        <source>At %1 s: %2</source>
        <translation>%1초: %2</translation>
    </message>
    <message>
        <source>hang the application on %1</source>
        <translation>%1의 애플리케이션 멈춤</translation>
    </message>
    <message>
        <source>fail %1</source>
        <translation>%1 장애</translation>
    </message>
    <message>
        <source>recover %1</source>
        <translation>%1 복구</translation>
    </message>
    <message>
        <source>fail Availability Zone %1</source>
        <translation>가용 영역 %1 장애</translation>
    </message>
    <message>
        <source>recover Availability Zone %1</source>
        <translation>가용 영역 %1 복구</translation>
    </message>
    <message>
        <source>reboot %1 with failover</source>
        <translation>장애 조치로 %1 재부팅</translation>
    </message>
    <message>
        <source>promote read replica %1</source>
        <translation>읽기 전용 복제본 %1 승격</translation>
    </message>
    <message>
        <source>traffic: %1 requests/s, %2</source>
        <translation>트래픽: 초당 요청 %1, %2</translation>
    </message>
    <message>
        <source>traffic: %1 requests/s</source>
        <translation>트래픽: 초당 요청 %1</translation>
    </message>
    <message>
        <source>set the desired capacity of %1 to %2</source>
        <translation>%1의 희망 용량을 %2(으)로 설정</translation>
    </message>
    <message>
        <source>%1 deployment to %2</source>
        <translation>%2에 %1 배포</translation>
    </message>
    <message>
        <source>%1 deployment of a bad version to %2</source>
        <translation>%2에 잘못된 버전의 %1 배포</translation>
    </message>
    <message>
        <source>roll back %1</source>
        <translation>%1 롤백</translation>
    </message>
    <message>
        <source>point the application at %1</source>
        <translation>애플리케이션이 %1을(를) 가리키게 함</translation>
    </message>
</context>
<context>
    <name>skydraft::StudyRoom</name>
    <message>
        <source>Solution: %1 (read-only)</source>
        <translation>해답: %1 (읽기 전용)</translation>
    </message>
    <message>
        <source>&amp;Study...</source>
        <translation>학습(&amp;S)...</translation>
    </message>
    <message>
        <source>Guided certification scenarios, graded as you edit</source>
        <translation>편집하는 동안 채점되는 자격증 대비 안내 시나리오</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>No scenario &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>The open design has unsaved changes. Discard them and start the scenario?</source>
        <translation>열린 설계에 저장하지 않은 변경 사항이 있습니다. 버리고 시나리오를 시작할까요?</translation>
    </message>
    <message>
        <source>The scenario&apos;s start design does not read.</source>
        <translation>시나리오의 시작 설계를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>Scenario solved: every goal is met.</source>
        <translation>시나리오 완료: 모든 목표를 달성했습니다.</translation>
    </message>
    <message>
        <source>The drill passed: every expectation held.</source>
        <translation>훈련 통과: 모든 기대 조건을 충족했습니다.</translation>
    </message>
    <message>
        <source>The drill failed: %1</source>
        <translation>훈련 실패: %1</translation>
    </message>
    <message>
        <source>Run the Drill</source>
        <translation>훈련 실행</translation>
    </message>
</context>
<context>
    <name>skydraft::TerraformExport</name>
    <message>
        <source>%1: a subnet outside a VPC is not exported</source>
        <translation>%1: VPC 밖에 있는 서브넷은 내보내지 않습니다</translation>
    </message>
    <message>
        <source>%1: a public NAT gateway needs an Elastic IP; the configuration adds %2</source>
        <translation>%1: 퍼블릭 NAT 게이트웨이에는 탄력적 IP가 필요하므로 구성에 %2을(를) 추가합니다</translation>
    </message>
    <message>
        <source>%1: policy %2 counts requests per target, but no load balancer forwards to the group&apos;s target groups; not exported</source>
        <translation>%1: 정책 %2은(는) 대상당 요청 수를 기준으로 하지만 그룹의 대상 그룹으로 전달하는 로드 밸런서가 없으므로 내보내지 않습니다</translation>
    </message>
    <message>
        <source>%1: a network load balancer&apos;s listener on port %2 has no target group; not exported</source>
        <translation>%1: Network Load Balancer의 포트 %2 리스너에 대상 그룹이 없으므로 내보내지 않습니다</translation>
    </message>
    <message>
        <source>%1: a record without a target has no value; not exported</source>
        <translation>%1: 대상이 없는 레코드에는 값이 없으므로 내보내지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) kept from the imported CloudFormation template (%1) are not written: only the CloudFormation export carries them</source>
        <translation>
            <numerusform>가져온 CloudFormation 템플릿(%1)에서 유지된 리소스 %n개는 기록되지 않습니다. CloudFormation 내보내기만 이를 담습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rule %2 on port %3 has no listener or no target group; not exported</source>
        <translation>%1: 포트 %3의 규칙 %2에 리스너나 대상 그룹이 없어 내보내지 않음</translation>
    </message>
    <message>
        <source>%1: the IPv6 block %2 needs the pool it comes from (ipv6_ipam_pool_id) added before applying</source>
        <translation>%1: IPv6 블록 %2을(를) 적용하기 전에 블록을 가져올 풀(ipv6_ipam_pool_id)을 추가해야 합니다</translation>
    </message>
    <message>
        <source>%1: its IPv6 block (%2) is cut from the block of VPC %3, which is outside the configuration: not written</source>
        <translation>%1: IPv6 블록(%2)이 구성 밖에 있는 VPC %3의 블록에서 잘리므로 쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1: %2 is a template expression, not written</source>
        <translation>%1: %2은(는) 템플릿 표현식이므로 쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1: its IPv6 block is a CloudFormation expression (%2) Terraform export cannot carry; not written</source>
        <translation>%1: IPv6 블록이 Terraform 내보내기가 옮길 수 없는 CloudFormation 표현식(%2)이므로 쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1: prefix list %2 was looked up in the imported template (by region, say); written as that id, which holds in the import&apos;s region only</source>
        <translation>%1: 접두사 목록 %2은(는) 가져온 템플릿에서 (예: 리전별로) 조회한 것입니다. 그 ID로 쓰며, 이 ID는 가져올 때의 리전에서만 유효합니다</translation>
    </message>
    <message>
        <source>%1: the listener on port %2 keeps its imported default actions in CloudFormation only; Terraform gets %3</source>
        <translation>%1: 포트 %2의 리스너는 가져온 기본 작업을 CloudFormation에서만 유지합니다. Terraform에는 %3을(를) 씁니다</translation>
    </message>
    <message>
        <source>a forward to %1</source>
        <translation>%1(으)로 전달</translation>
    </message>
    <message>
        <source>a 503 fixed response</source>
        <translation>503 고정 응답</translation>
    </message>
</context>
<context>
    <name>skydraft::Types</name>
    <message>
        <source>Internet clients</source>
        <translation>인터넷 클라이언트</translation>
    </message>
    <message>
        <source>Route 53 record</source>
        <translation>Route 53 레코드</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>가용 영역</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation>인터넷 게이트웨이</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT 게이트웨이</translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation>탄력적 IP</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation>네트워크 ACL</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>로드 밸런서</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>대상 그룹</translation>
    </message>
    <message>
        <source>Launch template</source>
        <translation>시작 템플릿</translation>
    </message>
    <message>
        <source>Auto Scaling group</source>
        <translation>Auto Scaling 그룹</translation>
    </message>
    <message>
        <source>EC2 instance</source>
        <translation>EC2 인스턴스</translation>
    </message>
    <message>
        <source>RDS DB instance</source>
        <translation>RDS DB 인스턴스</translation>
    </message>
    <message>
        <source>Aurora cluster</source>
        <translation>Aurora 클러스터</translation>
    </message>
    <message>
        <source>ElastiCache</source>
        <translation>ElastiCache</translation>
    </message>
    <message>
        <source>Egress-only internet gateway</source>
        <translation>송신 전용 인터넷 게이트웨이</translation>
    </message>
</context>
<context>
    <name>skydraft::Validator</name>
    <message>
        <source>there is no resource &quot;%1&quot; to contain it</source>
        <translation>포함할 상위 리소스 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 can only be placed inside: %2</source>
        <translation>%1은(는) 다음 안에만 배치할 수 있습니다: %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1은(는) 필수입니다</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1은(는) %2~%3 범위여야 합니다(현재: %4)</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1은(는) %2 중 하나여야 합니다(현재: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid CIDR block (%3)</source>
        <translation>%1: %2은(는) 유효한 CIDR 블록이 아닙니다(%3)</translation>
    </message>
    <message>
        <source>%1 refers to the resource itself</source>
        <translation>%1이(가) 리소스 자신을 참조합니다</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is not in the design</source>
        <translation>%1이(가) 설계에 없는 %2을(를) 참조합니다</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is in another VPC</source>
        <translation>%1이(가) 다른 VPC에 있는 %2을(를) 참조합니다</translation>
    </message>
    <message>
        <source>%1 lists %2 twice</source>
        <translation>%1에 %2이(가) 두 번 나열되어 있습니다</translation>
    </message>
    <message>
        <source>id %1 must be letters and digits, starting with a letter</source>
        <translation>ID %1은(는) 영문자로 시작하고 영문자와 숫자로만 이루어져야 합니다</translation>
    </message>
    <message>
        <source>%1 block %2 must have a prefix length between /16 and /28</source>
        <translation>%1 블록 %2의 접두사 길이는 /16에서 /28 사이여야 합니다</translation>
    </message>
    <message>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>%1에 호스트 비트가 설정되어 있습니다. %2을(를) 의도하셨나요?</translation>
    </message>
    <message>
        <source>%1 is not a zone name like us-east-1a</source>
        <translation>%1은(는) us-east-1a와 같은 형식의 영역 이름이 아닙니다</translation>
    </message>
    <message>
        <source>zone %1 is not in the design&apos;s region %2</source>
        <translation>영역 %1은(는) 설계의 리전 %2에 속하지 않습니다</translation>
    </message>
    <message>
        <source>subnet block %1 is outside the VPC&apos;s %2 (%3)</source>
        <translation>서브넷 블록 %1이(가) VPC %3의 CIDR %2 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>two routes for %1</source>
        <translation>%1에 대한 라우팅이 두 개 있습니다</translation>
    </message>
    <message>
        <source>route for %1 conflicts with the local route of the VPC</source>
        <translation>%1에 대한 라우팅이 VPC의 로컬 라우팅과 충돌합니다</translation>
    </message>
    <message>
        <source>rule number %1 is used twice</source>
        <translation>규칙 번호 %1이(가) 두 번 사용되었습니다</translation>
    </message>
    <message>
        <source>port range %1-%2 runs backwards</source>
        <translation>포트 범위 %1-%2의 시작 포트가 종료 포트보다 큽니다</translation>
    </message>
    <message numerus="yes">
        <source>%n rules; the default quota is 20 per direction</source>
        <translation>
            <numerusform>규칙이 %n개입니다. 기본 할당량은 방향당 20개입니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rules; a security group allows at most 60 per direction</source>
        <translation>
            <numerusform>규칙이 %n개입니다. 보안 그룹은 방향당 최대 60개까지 허용합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule has no source: give a CIDR block or a security group</source>
        <translation>규칙에 소스가 없습니다. CIDR 블록 또는 보안 그룹을 지정하세요</translation>
    </message>
    <message>
        <source>the rule has no destination: give a CIDR block or a security group</source>
        <translation>규칙에 대상이 없습니다. CIDR 블록 또는 보안 그룹을 지정하세요</translation>
    </message>
    <message numerus="yes">
        <source>%n security groups; a network interface takes 5 unless the quota is raised (up to 16)</source>
        <translation>
            <numerusform>보안 그룹이 %n개입니다. 할당량을 늘리지 않으면 네트워크 인터페이스에는 5개까지 연결할 수 있습니다(최대 16개)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 are both in %3; a load balancer takes one subnet per Availability Zone</source>
        <translation>%1과(와) %2이(가) 모두 %3에 있습니다. 로드 밸런서에는 가용 영역당 서브넷을 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>a load balancer needs at least one subnet</source>
        <translation>로드 밸런서에는 서브넷이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>no listeners: the load balancer accepts no traffic</source>
        <translation>리스너가 없습니다. 로드 밸런서가 트래픽을 받지 않습니다</translation>
    </message>
    <message>
        <source>two listeners on port %1</source>
        <translation>포트 %1에 리스너가 두 개 있습니다</translation>
    </message>
    <message>
        <source>%1 listeners need a certificate</source>
        <translation>%1 리스너에는 인증서가 필요합니다</translation>
    </message>
    <message>
        <source>listener on port %1 forwards to no target group</source>
        <translation>포트 %1의 리스너에 트래픽을 전달할 대상 그룹이 없습니다</translation>
    </message>
    <message>
        <source>the health-check timeout must be shorter than the interval</source>
        <translation>상태 확인 제한 시간은 상태 확인 간격보다 짧아야 합니다</translation>
    </message>
    <message>
        <source>health-check port must be &quot;traffic-port&quot; or 1 to 65535, not %1</source>
        <translation>상태 확인 포트는 &quot;traffic-port&quot; 또는 1~65535여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>the health-check path must start with /</source>
        <translation>상태 확인 경로는 /로 시작해야 합니다</translation>
    </message>
    <message>
        <source>success codes look like 200, 200,302 or 200-299</source>
        <translation>성공 코드는 200, 200,302 또는 200-299 형식이어야 합니다</translation>
    </message>
    <message>
        <source>minimum capacity %1 is above the maximum %2</source>
        <translation>최소 용량 %1이(가) 최대 용량 %2보다 큽니다</translation>
    </message>
    <message>
        <source>desired capacity %1 is outside [minimum %2, maximum %3]</source>
        <translation>원하는 용량 %1이(가) [최소 %2, 최대 %3] 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>ELB health checks without a target group or load balancer: only EC2 status counts</source>
        <translation>대상 그룹이나 로드 밸런서 없이 ELB 상태 확인을 사용합니다. EC2 상태 확인만 반영됩니다</translation>
    </message>
    <message>
        <source>two policies named %1</source>
        <translation>이름이 %1인 정책이 두 개 있습니다</translation>
    </message>
    <message>
        <source>a CPU target is a percentage, 1 to 100</source>
        <translation>CPU 대상 값은 1~100 사이의 백분율입니다</translation>
    </message>
    <message>
        <source>datapoints to alarm cannot exceed the evaluation periods</source>
        <translation>경보를 발생시킬 데이터 포인트는 평가 기간보다 많을 수 없습니다</translation>
    </message>
    <message>
        <source>launch template %1 uses security group %2 from another VPC</source>
        <translation>시작 템플릿 %1이(가) 다른 VPC의 보안 그룹 %2을(를) 사용합니다</translation>
    </message>
    <message>
        <source>a read replica runs the engine of its source (%1), not %2</source>
        <translation>읽기 전용 복제본은 %2이(가) 아닌 원본의 엔진(%1)을 실행합니다</translation>
    </message>
    <message>
        <source>%1 has backups disabled (retention 0); a read replica needs them on</source>
        <translation>%1의 백업이 비활성화되어 있습니다(보존 기간 0). 읽기 전용 복제본을 만들려면 백업이 활성화되어 있어야 합니다</translation>
    </message>
    <message>
        <source>a DB subnet group must cover at least two Availability Zones</source>
        <translation>DB 서브넷 그룹은 두 개 이상의 가용 영역을 포함해야 합니다</translation>
    </message>
    <message>
        <source>SQL Server Express does not support Multi-AZ</source>
        <translation>SQL Server Express는 다중 AZ를 지원하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is not a zone of the DB subnet group</source>
        <translation>%1은(는) DB 서브넷 그룹에 포함된 영역이 아닙니다</translation>
    </message>
    <message>
        <source>automatic failover needs at least one replica</source>
        <translation>자동 장애 조치에는 복제본이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>Multi-AZ needs automatic failover</source>
        <translation>다중 AZ를 사용하려면 자동 장애 조치가 필요합니다</translation>
    </message>
    <message>
        <source>Multi-AZ needs a cache subnet group in at least two Availability Zones</source>
        <translation>다중 AZ를 사용하려면 캐시 서브넷 그룹이 두 개 이상의 가용 영역을 포함해야 합니다</translation>
    </message>
    <message>
        <source>cluster mode (more than one shard) needs automatic failover</source>
        <translation>클러스터 모드(샤드 2개 이상)에는 자동 장애 조치가 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a valid DNS name</source>
        <translation>%1은(는) 유효한 DNS 이름이 아닙니다</translation>
    </message>
    <message>
        <source>an alias record needs a target</source>
        <translation>별칭 레코드에는 대상이 필요합니다</translation>
    </message>
    <message>
        <source>an alias points at an AWS resource such as a load balancer; point at %1 with a plain A record</source>
        <translation>별칭은 로드 밸런서와 같은 AWS 리소스를 가리킵니다. %1은(는) 일반 A 레코드로 가리키세요</translation>
    </message>
    <message>
        <source>the record points at nothing in the design</source>
        <translation>레코드가 설계 안의 어떤 리소스도 가리키지 않습니다</translation>
    </message>
    <message>
        <source>a load balancer has no fixed address: use an alias (or a CNAME) record</source>
        <translation>로드 밸런서에는 고정 주소가 없습니다. 별칭(또는 CNAME) 레코드를 사용하세요</translation>
    </message>
    <message>
        <source>a private NAT gateway takes no Elastic IP</source>
        <translation>프라이빗 NAT 게이트웨이에는 탄력적 IP를 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>subnet block %1 overlaps %2 (%3)</source>
        <translation>서브넷 블록 %1이(가) %2(%3)과(와) 겹칩니다</translation>
    </message>
    <message>
        <source>a VPC takes one internet gateway, and %1 is already attached</source>
        <translation>VPC에는 인터넷 게이트웨이를 하나만 연결할 수 있는데 이미 %1이(가) 연결되어 있습니다</translation>
    </message>
    <message>
        <source>a VPC has one main route table, and %1 is already it</source>
        <translation>VPC에는 기본 라우팅 테이블이 하나뿐인데 이미 %1이(가) 기본 라우팅 테이블입니다</translation>
    </message>
    <message>
        <source>a VPC has one default network ACL, and %1 is already it</source>
        <translation>VPC에는 기본 네트워크 ACL이 하나뿐인데 이미 %1이(가) 기본 네트워크 ACL입니다</translation>
    </message>
    <message>
        <source>%1 already has Elastic IP %2</source>
        <translation>%1에는 이미 탄력적 IP %2이(가) 연결되어 있습니다</translation>
    </message>
    <message>
        <source>a public NAT gateway needs an Elastic IP</source>
        <translation>퍼블릭 NAT 게이트웨이에는 탄력적 IP가 필요합니다</translation>
    </message>
    <message>
        <source>%1 already has 15 read replicas, the most RDS allows</source>
        <translation>%1에는 이미 RDS가 허용하는 최대 개수인 15개의 읽기 전용 복제본이 있습니다</translation>
    </message>
    <message>
        <source>%1 cannot be placed inside %2; it belongs outside every container</source>
        <translation>%1은(는) %2 안에 배치할 수 없습니다. 어떤 컨테이너에도 속하지 않아야 합니다</translation>
    </message>
    <message>
        <source>%1 must refer to a resource of type %2; %3 is of type %4</source>
        <translation>%1은(는) %2 유형의 리소스를 참조해야 하지만 %3은(는) %4 유형입니다</translation>
    </message>
    <message>
        <source>an Application Load Balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <source>a Network Load Balancer</source>
        <translation>Network Load Balancer</translation>
    </message>
    <message>
        <source>a Classic Load Balancer</source>
        <translation>Classic Load Balancer</translation>
    </message>
    <message>
        <source>%1 is not a private range (RFC 1918 or RFC 6598); AWS allows it, but the public addresses inside it will be unreachable from this VPC</source>
        <translation>%1은(는) 프라이빗 범위(RFC 1918 또는 RFC 6598)가 아닙니다. AWS에서 허용되지만 이 범위에 속한 퍼블릭 주소에는 이 VPC에서 연결할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>an Application Load Balancer needs subnets in at least two Availability Zones (it has %n)</source>
        <translation>
            <numerusform>Application Load Balancer에는 두 개 이상의 가용 영역에 서브넷이 필요합니다(현재 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes no %2 listeners (use %3)</source>
        <translation>%1에는 %2 리스너를 사용할 수 없습니다(%3 사용)</translation>
    </message>
    <message>
        <source>a Classic Load Balancer sends to instances, not to target groups</source>
        <translation>Classic Load Balancer는 대상 그룹이 아닌 인스턴스로 트래픽을 보냅니다</translation>
    </message>
    <message>
        <source>target group %1 uses %2, which %3 cannot forward to</source>
        <translation>대상 그룹 %1은(는) %2을(를) 사용하므로 %3이(가) 트래픽을 전달할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a Classic Load Balancer: attach its target group instead</source>
        <translation>%1은(는) Classic Load Balancer가 아닙니다. 대신 해당 대상 그룹을 연결하세요</translation>
    </message>
    <message>
        <source>tracking requests per target needs a target group attached to the Auto Scaling group</source>
        <translation>대상당 요청 수를 추적하려면 Auto Scaling 그룹에 대상 그룹이 연결되어 있어야 합니다</translation>
    </message>
    <message>
        <source>the VPC already has a box for this Availability Zone: %1</source>
        <translation>VPC에 이 가용 영역이 이미 있습니다: %1</translation>
    </message>
    <message>
        <source>step %1 has neither bound: only a single step may cover every breach</source>
        <translation>단계 %1에 하한도 상한도 없습니다: 모든 위반을 덮는 단계는 단계가 하나일 때만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>step %1: the lower bound %2 is not below the upper bound %3</source>
        <translation>단계 %1: 하한 %2가 상한 %3보다 작지 않습니다</translation>
    </message>
    <message>
        <source>step %1 ends at %2 but step %3 starts at %4: list the steps in order, each starting where the previous one ends</source>
        <translation>단계 %1은 %2에서 끝나지만 단계 %3은 %4에서 시작합니다: 단계를 순서대로, 각 단계가 앞 단계가 끝나는 곳에서 시작하도록 적으세요</translation>
    </message>
    <message>
        <source>the first step starts below the threshold, at %1: leave its lower bound empty</source>
        <translation>첫 단계가 임계값 아래인 %1에서 시작합니다: 하한을 비워 두세요</translation>
    </message>
    <message>
        <source>the last step ends at %1, so a larger breach has no step: leave its upper bound empty</source>
        <translation>마지막 단계가 %1에서 끝나 더 큰 위반에는 단계가 없습니다: 상한을 비워 두세요</translation>
    </message>
    <message>
        <source>rule %1 is for port %2, which has no listener</source>
        <translation>규칙 %1의 포트 %2에 리스너가 없습니다</translation>
    </message>
    <message>
        <source>rule %1 on port %2 has no condition: give path patterns or host headers</source>
        <translation>포트 %2의 규칙 %1에 조건이 없습니다: 경로 패턴이나 호스트 헤더를 지정하세요</translation>
    </message>
    <message>
        <source>rule %1 on port %2 has more than 5 values in a condition</source>
        <translation>포트 %2의 규칙 %1의 조건 하나에 값이 5개보다 많습니다</translation>
    </message>
    <message>
        <source>rule %1 on port %2 forwards to no target group</source>
        <translation>포트 %2의 규칙 %1이(가) 어떤 대상 그룹으로도 전달하지 않습니다</translation>
    </message>
    <message>
        <source>rule %1 on port %2 forwards to more than 5 target groups</source>
        <translation>포트 %2의 규칙 %1이(가) 5개보다 많은 대상 그룹으로 전달합니다</translation>
    </message>
    <message>
        <source>rule %1 on port %2 forwards to %3 twice</source>
        <translation>포트 %2의 규칙 %1이(가) %3(으)로 두 번 전달합니다</translation>
    </message>
    <message>
        <source>rows of rule %1 on port %2 give different conditions (same port and priority make one rule)</source>
        <translation>포트 %2의 규칙 %1의 행들이 서로 다른 조건을 줍니다(포트와 우선순위가 같으면 하나의 규칙)</translation>
    </message>
    <message>
        <source>the rules on port %1 take %2% of its traffic; the simulator scales them down to 100%</source>
        <translation>포트 %1의 규칙들이 트래픽의 %2%를 가져갑니다. 시뮬레이터는 100%로 줄입니다</translation>
    </message>
    <message>
        <source>route for %1 goes to egress-only internet gateway %2, which carries IPv6 only: give an IPv6 destination such as ::/0</source>
        <translation>%1 경로가 송신 전용 인터넷 게이트웨이 %2(으)로 가는데, 이 게이트웨이는 IPv6만 전달합니다. ::/0 같은 IPv6 대상을 지정하세요</translation>
    </message>
    <message>
        <source>route for %1 goes to NAT gateway %2; for IPv6 without inbound connections use an egress-only internet gateway</source>
        <translation>%1 경로가 NAT 게이트웨이 %2(으)로 갑니다. 인바운드 연결 없는 IPv6에는 송신 전용 인터넷 게이트웨이를 쓰세요</translation>
    </message>
    <message>
        <source>a rule takes one of a CIDR block, a security group or a prefix list, not several</source>
        <translation>규칙에는 CIDR 블록, 보안 그룹, 접두사 목록 중 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is not a prefix list id (pl- and 8 or 17 hexadecimal digits)</source>
        <translation>%1은(는) 접두사 목록 ID가 아닙니다(pl-과 16진수 8자리 또는 17자리)</translation>
    </message>
    <message>
        <source>a VPC takes one egress-only internet gateway, and %1 is already attached</source>
        <translation>VPC에는 송신 전용 인터넷 게이트웨이를 하나만 연결할 수 있는데 이미 %1이(가) 연결되어 있습니다</translation>
    </message>
    <message>
        <source>not &quot;%1&quot; or an IPv6 CIDR block</source>
        <translation>&quot;%1&quot;도 IPv6 CIDR 블록도 아닙니다</translation>
    </message>
    <message>
        <source>the /64 number after &quot;%1&quot; must be 0 to 255</source>
        <translation>&quot;%1&quot; 뒤의 /64 번호는 0~255여야 합니다</translation>
    </message>
    <message>
        <source>not &quot;%1N&quot; or an IPv6 CIDR block</source>
        <translation>&quot;%1N&quot;도 IPv6 CIDR 블록도 아닙니다</translation>
    </message>
    <message>
        <source>IPv6 block %1 is not valid (%2)</source>
        <translation>IPv6 블록 %1이(가) 유효하지 않습니다(%2)</translation>
    </message>
    <message>
        <source>VPC IPv6 block %1 must be a /56</source>
        <translation>VPC IPv6 블록 %1은(는) /56이어야 합니다</translation>
    </message>
    <message>
        <source>auto-assigning IPv6 addresses needs an IPv6 block on the subnet</source>
        <translation>IPv6 주소를 자동 할당하려면 서브넷에 IPv6 블록이 있어야 합니다</translation>
    </message>
    <message>
        <source>subnet has an IPv6 block but VPC %1 has none: give the VPC an IPv6 block first</source>
        <translation>서브넷에 IPv6 블록이 있지만 VPC %1에는 없습니다. 먼저 VPC에 IPv6 블록을 지정하세요</translation>
    </message>
    <message>
        <source>subnet IPv6 block %1 must be a /64</source>
        <translation>서브넷 IPv6 블록 %1은(는) /64여야 합니다</translation>
    </message>
    <message>
        <source>subnet IPv6 block %1 is outside the VPC&apos;s %2 (%3)</source>
        <translation>서브넷 IPv6 블록 %1이(가) VPC %3의 %2 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>subnet IPv6 block %1 cannot be checked against VPC %2&apos;s Amazon-provided /56, which is known only once deployed: AWS refuses it unless it falls inside; %3N (the N-th /64 of the VPC&apos;s block) always does</source>
        <translation>서브넷 IPv6 블록 %1은(는) 배포 후에야 알 수 있는 VPC %2의 Amazon 제공 /56과 비교할 수 없습니다. 그 안에 들지 않으면 AWS가 거부합니다. %3N(VPC 블록의 N번째 /64)은 항상 그 안에 듭니다</translation>
    </message>
    <message>
        <source>IPv6 block %1 is also subnet %2&apos;s</source>
        <translation>IPv6 블록 %1은(는) 서브넷 %2의 블록이기도 합니다</translation>
    </message>
    <message>
        <source>IPv6 route for %1 in VPC %2, which has no IPv6 block: give the VPC an IPv6 block (amazon-provided) or remove the route</source>
        <translation>IPv6 블록이 없는 VPC %2에 %1 IPv6 경로가 있습니다. VPC에 IPv6 블록(amazon-provided)을 지정하거나 경로를 제거하세요</translation>
    </message>
    <message>
        <source>egress-only internet gateway in VPC %1, which has no IPv6 block: give the VPC an IPv6 block (amazon-provided) first</source>
        <translation>IPv6 블록이 없는 VPC %1에 송신 전용 인터넷 게이트웨이가 있습니다. 먼저 VPC에 IPv6 블록(amazon-provided)을 지정하세요</translation>
    </message>
    <message>
        <source>IPv6 block&apos;s template id %1 must be letters and digits, starting with a letter</source>
        <translation>IPv6 블록의 템플릿 ID %1은(는) 문자로 시작하는 문자와 숫자여야 합니다</translation>
    </message>
</context>
<context>
    <name>skydraft::cli</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 해당 파일이 없습니다</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see skydraft --help</source>
        <translation>알 수 없는 명령 &quot;%1&quot;. skydraft --help를 참조하세요</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n resource(s))</source>
        <translation>
            <numerusform>%1: 유효함 (리소스 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n resource(s), %2)</source>
        <translation>
            <numerusform>%1: 유효함 (리소스 %n개, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>--%1 옵션에 값이 필요합니다</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>알 수 없는 옵션 --%1</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>파일이 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation>--format은 text, json 또는 sarif여야 합니다(&quot;%1&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from과 --to는 필수입니다</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format은 text 또는 json이어야 합니다(&quot;%1&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>--protocol must be tcp, udp or icmp, not &quot;%1&quot;</source>
        <translation>--protocol은 tcp, udp 또는 icmp여야 합니다(&quot;%1&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>--port must be 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port는 0에서 65535 사이여야 합니다(&quot;%1&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>%1: unknown id &quot;%2&quot;</source>
        <translation>%1: 알 수 없는 ID &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown id &quot;%2&quot;; did you mean %3?</source>
        <translation>%1: 알 수 없는 ID &quot;%2&quot;. 혹시 %3을(를) 의미하셨나요?</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>option --%1 given twice</source>
        <translation>--%1 옵션이 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>--to must be png, svg or pdf</source>
        <translation>--to는 png, svg 또는 pdf여야 합니다</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>출력 파일이 지정되지 않았습니다(-o OUT)</translation>
    </message>
    <message>
        <source>--scale must be a number more than 0 and at most 16</source>
        <translation>--scale은 0보다 크고 16 이하인 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>--param takes Name=Value, not &quot;%1&quot;</source>
        <translation>--param은 Name=Value 형식이어야 합니다(&quot;%1&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>--region must be a region name like us-east-1, not &quot;%1&quot;</source>
        <translation>--region은 us-east-1과 같은 리전 이름이어야 합니다(&quot;%1&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>-o OUT.skydraft is required</source>
        <translation>-o OUT.skydraft는 필수입니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n resource(s) written to %2</source>
        <translation>
            <numerusform>%1: 리소스 %n개를 %2에 썼습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: laid out %n resource(s) into %2</source>
        <translation>
            <numerusform>%1: 리소스 %n개를 배치하여 %2에 썼습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>--to and -o are required</source>
        <translation>--to와 -o는 필수입니다</translation>
    </message>
    <message>
        <source>--to must be png, svg, pdf, drawio, cloudformation or terraform, not &quot;%1&quot;</source>
        <translation>--to는 png, svg, pdf, drawio, cloudformation 또는 terraform이어야 합니다(&quot;%1&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2을(를) 썼습니다</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1은(는) %2~%3 범위의 숫자여야 합니다(&quot;%4&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>%1: cannot read the drill: %2</source>
        <translation>%1: 드릴을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>out of memory while running %1</source>
        <translation>%1 실행 중 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>internal error while running %1: %2</source>
        <translation>%1 실행 중 내부 오류: %2</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot;; see skydraft learn list (%2)</source>
        <translation>&quot;%1&quot; 시나리오가 없습니다. skydraft learn list를 보세요 (%2)</translation>
    </message>
    <message>
        <source>--lang must be en or ko, not &quot;%1&quot;</source>
        <translation>--lang은 en 또는 ko여야 합니다. &quot;%1&quot;은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>목표:</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>힌트:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>해설:</translation>
    </message>
    <message>
        <source>no scenario ID given</source>
        <translation>시나리오 ID가 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 of %3 goals met for %4</source>
        <translation>%1: %4의 목표 %3개 중 %2개 달성</translation>
    </message>
    <message>
        <source>learn needs list, show or check</source>
        <translation>learn에는 list, show, check 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>unknown learn command &quot;%1&quot;</source>
        <translation>알 수 없는 learn 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--report must name a .html, .htm or .pdf file, not &quot;%1&quot;</source>
        <translation>--report에는 .html, .htm 또는 .pdf 파일을 주어야 합니다. &quot;%1&quot;이(가) 아닙니다</translation>
    </message>
    <message>
        <source>%1: cannot read the drill: larger than %2 MiB</source>
        <translation>%1: 훈련을 읽을 수 없습니다: %2 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>the design is empty: there is nothing to export or simulate</source>
        <translation>설계가 비어 있습니다. 내보내거나 시뮬레이션할 것이 없습니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Usage:
  skydraft [FILE]                 open the designer; with no FILE, the built-in sample
  skydraft validate FILE          check that FILE is a readable, valid design
                                  exit 0 valid, 2 unreadable or invalid (errors on stderr)
  skydraft check FILE [--format text|json|sarif]
                                  lint the design; exit 0 no error finding, 1 some, 2 bad input
  skydraft reach FILE --from A --to B [--protocol tcp|udp|icmp] [--port N] [--format text|json]
                                  can A reach B? the path, or the rule that blocks it;
                                  exit 0 reachable, 1 not, 2 bad input or unknown id
                                  (&quot;internet&quot; names the public internet)
  skydraft import TEMPLATE [--param Name=Value]... [--region R] -o OUT.skydraft
                                  read a CloudFormation template (JSON or YAML) into a design;
                                  what is not drawn is listed on stderr; exit 0, 2 bad input
  skydraft layout FILE -o OUT.skydraft
                                  lay the design out again (every position recomputed)
  skydraft export FILE --to drawio|cloudformation|terraform|png|svg|pdf -o OUT [--scale S]
                                  write the design for another tool: CloudFormation YAML for
                                  .yaml/.yml, else JSON; Terraform as a module when OUT is a folder;
                                  PNG scaled by S (default 1), no display needed;
                                  exit 0 written, 2 bad input (OUT left untouched)
  skydraft simulate FILE [--drill DRILL.json] [--duration S] [--seed N] [--rps R]
                         [--csv OUT.csv] [--format text|json] [--report REPORT.html] [--entry ID]
                                  run traffic and a drill through the design; --report writes
                                  the drill report (charts, timeline, verdicts), no display needed;
                                  --entry: where the traffic enters (a record, a load balancer, a
                                  public instance); exit 0 every expectation held, 1 one failed,
                                  2 bad input, no entry point or unwritable report
  skydraft learn list [--format text|json]
  skydraft learn show ID [--lang en|ko]
  skydraft learn check ID FILE [--format text|json]
                                  study mode: the scenarios, one in full, or a design graded
                                  against a scenario&apos;s goals; exit 0 every goal met, 1 some
                                  unmet, 2 bad input
  skydraft --help                 show this help
  skydraft --version              show the version

FILE may be a SkyDraft design or a CloudFormation template; validate, check and reach
take --param Name=Value and --region R for templates too.
Errors are one line each: FILE:LINE:COL: message.
</source>
        <translation>사용법:
  skydraft [FILE]                 디자이너를 엽니다. FILE이 없으면 기본 제공 샘플을 엽니다
  skydraft validate FILE          FILE이 읽을 수 있는 유효한 설계인지 확인합니다
                                  종료 코드 0: 유효함, 2: 읽을 수 없거나 유효하지 않음(오류는 stderr에 출력)
  skydraft check FILE [--format text|json|sarif]
                                  설계를 린트합니다. 종료 코드 0: 오류 없음, 1: 오류 있음, 2: 잘못된 입력
  skydraft reach FILE --from A --to B [--protocol tcp|udp|icmp] [--port N] [--format text|json]
                                  A가 B에 도달할 수 있는지 확인합니다. 경로 또는 이를 차단하는 규칙을 표시합니다.
                                  종료 코드 0: 연결 가능, 1: 연결 불가, 2: 잘못된 입력 또는 알 수 없는 ID
                                  (&quot;internet&quot;은 퍼블릭 인터넷을 가리킵니다)
  skydraft import TEMPLATE [--param Name=Value]... [--region R] -o OUT.skydraft
                                  CloudFormation 템플릿(JSON 또는 YAML)을 읽어 설계로 변환합니다.
                                  표시되지 않는 항목은 stderr에 나열됩니다. 종료 코드 0, 2: 잘못된 입력
  skydraft layout FILE -o OUT.skydraft
                                  설계를 다시 배치합니다(모든 위치를 새로 계산)
  skydraft export FILE --to drawio|cloudformation|terraform|png|svg|pdf -o OUT [--scale S]
                                  다른 도구용으로 설계를 씁니다. CloudFormation은 .yaml/.yml이면
                                  YAML, 그 외에는 JSON으로, Terraform은 OUT이 폴더이면 모듈로,
                                  PNG는 S배 배율(기본값 1)로 쓰며 디스플레이가 필요 없습니다.
                                  종료 코드 0: 작성됨, 2: 잘못된 입력(OUT은 변경되지 않음)
  skydraft simulate FILE [--drill DRILL.json] [--duration S] [--seed N] [--rps R]
                         [--csv OUT.csv] [--format text|json] [--report REPORT.html] [--entry ID]
                                  설계에 트래픽과 훈련을 실행합니다. --report는 훈련 보고서
                                  (차트, 타임라인, 판정)를 씁니다(디스플레이 불필요). --entry:
                                  트래픽이 들어오는 곳(레코드, 로드 밸런서, 공인 인스턴스).
                                  종료 코드 0: 모든 기대 조건 충족, 1: 하나 이상 실패,
                                  2: 잘못된 입력, 진입점 없음 또는 보고서를 쓸 수 없음
  skydraft learn list [--format text|json]
  skydraft learn show ID [--lang en|ko]
  skydraft learn check ID FILE [--format text|json]
                                  학습 모드: 시나리오 목록, 시나리오 하나의 전체 내용, 또는 시나리오
                                  목표에 따른 설계 채점. 종료 코드 0: 모든 목표 달성, 1: 일부
                                  미달성, 2: 잘못된 입력
  skydraft --help                 이 도움말을 표시합니다
  skydraft --version              버전을 표시합니다

FILE은 SkyDraft 설계 또는 CloudFormation 템플릿일 수 있습니다. validate, check, reach도
템플릿에 대해 --param Name=Value와 --region R을 받습니다.
오류는 한 줄에 하나씩 출력됩니다: FILE:LINE:COL: 메시지.
</translation>
    </message>
    <message>
        <source>%1: --entry: no resource %2</source>
        <translation>%1: --entry: 리소스 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: --entry: %2 cannot take traffic from the internet (a Route 53 record, an internet-facing load balancer or an instance with a public address can)</source>
        <translation>%1: --entry: %2은(는) 인터넷 트래픽을 받을 수 없습니다(Route 53 레코드, 인터넷 연결 로드 밸런서, 공인 주소가 있는 인스턴스만 가능)</translation>
    </message>
    <message>
        <source>%1: no entry point: traffic from the internet has nowhere to go (no Route 53 record that points somewhere, no internet-facing load balancer, no instance with a public address); --entry ID chooses one</source>
        <translation>%1: 진입점 없음: 인터넷 트래픽이 갈 곳이 없습니다(대상을 가리키는 Route 53 레코드, 인터넷 연결 로드 밸런서, 공인 주소가 있는 인스턴스가 없음). --entry ID로 하나를 고르세요</translation>
    </message>
    <message>
        <source>%1: --entry: %2 cannot take traffic from the internet (an internal load balancer, a record that points nowhere, an instance without a public address)</source>
        <translation>%1: --entry: %2은(는) 인터넷 트래픽을 받을 수 없습니다(내부 로드 밸런서, 아무것도 가리키지 않는 레코드, 공인 주소가 없는 인스턴스)</translation>
    </message>
</context>
<context>
    <name>skydraft::learn</name>
    <message>
        <source>%1: %2 is &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation>%1: %2 값이 &quot;%4&quot;가 아니라 &quot;%3&quot;입니다</translation>
    </message>
    <message>
        <source>%1: %2 is %3, below %4</source>
        <translation>%1: %2 값 %3이(가) %4보다 작습니다</translation>
    </message>
    <message>
        <source>%1: %2 is %3, above %4</source>
        <translation>%1: %2 값 %3이(가) %4보다 큽니다</translation>
    </message>
    <message>
        <source>%1: no row of %2 with %3</source>
        <translation>%1: %2에 %3인 행이 없습니다</translation>
    </message>
    <message>
        <source>no %1 in the design</source>
        <translation>설계에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>no resource &quot;%1&quot; in the design</source>
        <translation>설계에 &quot;%1&quot; 리소스가 없습니다</translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%2개 필요 중 %1개</translation>
    </message>
    <message>
        <source>%1 or %2 is not in the design</source>
        <translation>%1 또는 %2이(가) 설계에 없습니다</translation>
    </message>
    <message>
        <source>%1 can still reach %2 on %3</source>
        <translation>%1이(가) 여전히 %3으로 %2에 닿습니다</translation>
    </message>
    <message>
        <source>%1 cannot reach %2 on %3</source>
        <translation>%1이(가) %3으로 %2에 닿지 못합니다</translation>
    </message>
    <message>
        <source>the checker does not report %1</source>
        <translation>검사기가 %1을(를) 보고하지 않습니다</translation>
    </message>
    <message>
        <source>the drill did not read</source>
        <translation>훈련 파일을 읽지 못했습니다</translation>
    </message>
    <message>
        <source>%1: actual %2</source>
        <translation>%1: 실제 %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>알 수 없는 키 &quot;%1&quot;; 가능한 키: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; 항목이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot;은(는) 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>&quot;%1&quot;은(는) %2에서 %3 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot;은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;en&quot; and &quot;ko&quot; texts</source>
        <translation>&quot;%1&quot;은(는) &quot;en&quot;과 &quot;ko&quot; 텍스트가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty &quot;%2&quot; text</source>
        <translation>&quot;%1&quot;에 비어 있지 않은 &quot;%2&quot; 텍스트가 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot;은(는) 배열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;empty&quot; or an object with one of &quot;sample&quot;, &quot;file&quot;, &quot;design&quot;</source>
        <translation>&quot;%1&quot;은(는) &quot;empty&quot;이거나 &quot;sample&quot;, &quot;file&quot;, &quot;design&quot; 중 하나를 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;design&quot; must be a design object</source>
        <translation>&quot;design&quot;은 설계 객체여야 합니다</translation>
    </message>
    <message>
        <source>the inline design does not read: %1</source>
        <translation>인라인 설계를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no built-in sample &quot;%1&quot;</source>
        <translation>기본 제공 샘플 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>a condition must be an object</source>
        <translation>조건은 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;has&quot; must be an object of row cells</source>
        <translation>&quot;has&quot;는 행 셀의 객체여야 합니다</translation>
    </message>
    <message>
        <source>a condition needs &quot;equals&quot;, &quot;min&quot;, &quot;max&quot; or &quot;has&quot;</source>
        <translation>조건에는 &quot;equals&quot;, &quot;min&quot;, &quot;max&quot;, &quot;has&quot; 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>an option must be an object</source>
        <translation>보기는 객체여야 합니다</translation>
    </message>
    <message>
        <source>a question needs at least two options and one correct answer</source>
        <translation>문제에는 보기가 두 개 이상, 정답이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>a goal must be an object</source>
        <translation>목표는 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown goal kind &quot;%1&quot;; expected one of: %2</source>
        <translation>알 수 없는 목표 종류 &quot;%1&quot;; 가능한 종류: %2</translation>
    </message>
    <message>
        <source>&quot;protocol&quot; must be tcp, udp or icmp</source>
        <translation>&quot;protocol&quot;은 tcp, udp, icmp 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>a resource goal names a &quot;type&quot; or an &quot;id&quot;, one of them</source>
        <translation>리소스 목표는 &quot;type&quot;과 &quot;id&quot; 중 하나만 지정합니다</translation>
    </message>
    <message>
        <source>unknown resource type &quot;%1&quot;</source>
        <translation>알 수 없는 리소스 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot read the drill</source>
        <translation>%1: 훈련 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>잘못된 JSON: %1</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>시나리오는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits and dashes</source>
        <translation>&quot;id&quot;는 영문 소문자, 숫자, 대시만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be one of: %1</source>
        <translation>&quot;level&quot;은 다음 중 하나여야 합니다: %1</translation>
    </message>
    <message>
        <source>a scenario needs at least one goal graded on the design</source>
        <translation>시나리오에는 설계로 채점하는 목표가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>skydraft::sim::Simulation</name>
    <message>
        <source>launched in %1 for %2</source>
        <translation>%2용으로 %1에서 시작됨</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>EC2 status check failed; replacing</source>
        <translation>EC2 상태 확인 실패. 교체 중</translation>
    </message>
    <message>
        <source>unhealthy by the load balancer&apos;s health check; replacing</source>
        <translation>로드 밸런서 상태 확인에서 비정상으로 판정됨. 교체 중</translation>
    </message>
    <message>
        <source>scale-in: desired capacity %1</source>
        <translation>축소: 원하는 용량 %1</translation>
    </message>
    <message>
        <source>zones hold %1 and %2 instances; rebalancing</source>
        <translation>영역별 인스턴스 수가 %1개와 %2개로 불균형함. 재분산 중</translation>
    </message>
    <message>
        <source>%1: %2 %3 above the target %4 for 3 minutes</source>
        <translation>%1: %2 %3이(가) 3분 동안 대상 값 %4을(를) 초과함</translation>
    </message>
    <message>
        <source>%1: %2 at %3, target %4</source>
        <translation>%1: %2 %3, 대상 값 %4</translation>
    </message>
    <message>
        <source>%1: %2 %3 breached %4 in %5 of %6 periods</source>
        <translation>%1: %2 %3이(가) %6개 기간 중 %5개 기간에서 임계값 %4을(를) 위반함</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>metric below the target for 15 minutes</source>
        <translation>지표가 15분 동안 대상 값 미만</translation>
    </message>
    <message>
        <source>desired %1 -&gt; %2 (%3)</source>
        <translation>원하는 용량 %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>%1 connections wanted, limit %2</source>
        <translation>연결 %1개 요청, 한도 %2개</translation>
    </message>
    <message>
        <source>primary now in %1</source>
        <translation>이제 기본 인스턴스가 %1에 있음</translation>
    </message>
    <message>
        <source>now a stand-alone primary</source>
        <translation>이제 독립 실행형 기본 인스턴스임</translation>
    </message>
    <message>
        <source>standby in %1 takes over; writes fail until the endpoint moves</source>
        <translation>%1의 대기 인스턴스가 인계받음. 엔드포인트가 전환될 때까지 쓰기 실패</translation>
    </message>
    <message>
        <source>rebooting without a standby</source>
        <translation>대기 인스턴스 없이 재부팅 중</translation>
    </message>
    <message>
        <source>no Multi-AZ standby: down until recovered</source>
        <translation>다중 AZ 대기 인스턴스 없음: 복구될 때까지 중단</translation>
    </message>
    <message>
        <source>an Aurora replica is promoted</source>
        <translation>Aurora 복제본이 승격됨</translation>
    </message>
    <message>
        <source>no replica: the primary is recreated</source>
        <translation>복제본 없음: 기본 인스턴스를 다시 생성함</translation>
    </message>
    <message>
        <source>a replica is promoted</source>
        <translation>복제본이 승격됨</translation>
    </message>
    <message>
        <source>%1 of %2 nodes left; the lost keys miss and hit the database</source>
        <translation>노드 %2개 중 %1개 남음. 손실된 키는 캐시 미스가 되어 데이터베이스로 요청됨</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>노드 %2개 중 %1개</translation>
    </message>
    <message>
        <source>available again</source>
        <translation>다시 사용 가능</translation>
    </message>
    <message>
        <source>promotion takes about %1 s</source>
        <translation>승격에 약 %1초 소요</translation>
    </message>
    <message>
        <source>internal load balancer</source>
        <translation>내부 로드 밸런서</translation>
    </message>
    <message>
        <source>the load balancer cannot reach the group on the target port</source>
        <translation>로드 밸런서가 대상 포트로 그룹에 연결할 수 없음</translation>
    </message>
    <message>
        <source>the load balancer cannot reach the instance on the target port</source>
        <translation>로드 밸런서가 대상 포트로 인스턴스에 연결할 수 없음</translation>
    </message>
    <message>
        <source>internet traffic cannot reach the load balancer: %1</source>
        <translation>인터넷 트래픽이 로드 밸런서에 도달할 수 없음: %1</translation>
    </message>
    <message>
        <source>booted in %1 s; waits for the switch</source>
        <translation>%1초 만에 부팅됨. 전환 대기 중</translation>
    </message>
    <message>
        <source>booted in %1 s</source>
        <translation>%1초 만에 부팅됨</translation>
    </message>
    <message numerus="yes">
        <source>healthy in %1 after %n passed check(s)</source>
        <translation>
            <numerusform>상태 확인 %n회 통과 후 %1에서 정상</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unhealthy in %1 after %n failed check(s)</source>
        <translation>
            <numerusform>상태 확인 %n회 실패 후 %1에서 비정상</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>초당 요청 %1개</translation>
    </message>
    <message>
        <source>desired %1 -&gt; %2 (set by the drill)</source>
        <translation>원하는 용량 %1 -&gt; %2 (드릴에서 설정)</translation>
    </message>
    <message>
        <source>the application stopped answering</source>
        <translation>애플리케이션이 응답을 멈춤</translation>
    </message>
    <message>
        <source>the instance stopped</source>
        <translation>인스턴스가 중지됨</translation>
    </message>
    <message>
        <source>rebooting</source>
        <translation>재부팅 중</translation>
    </message>
    <message>
        <source>answering again</source>
        <translation>다시 응답함</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2</source>
        <translation>&quot;%1&quot;은(는) %2에 적용되지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) lost</source>
        <translation>
            <numerusform>인스턴스 %n개 손실</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n load-balancer node(s) lost</source>
        <translation>
            <numerusform>로드 밸런서 노드 %n개 손실</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT gateways down: %1</source>
        <translation>중단된 NAT 게이트웨이: %1</translation>
    </message>
    <message>
        <source>the zone is back; groups rebalance</source>
        <translation>영역이 복구됨. 그룹이 재분산됨</translation>
    </message>
    <message>
        <source>a deployment is already running</source>
        <translation>이미 배포가 진행 중입니다</translation>
    </message>
    <message>
        <source>%1 deployment of version %2</source>
        <translation>버전 %2의 %1 배포</translation>
    </message>
    <message>
        <source>nothing to roll back to: no old group kept by a blue/green deployment</source>
        <translation>롤백할 대상 없음: 블루/그린 배포로 유지된 이전 그룹이 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n old instance(s) serve again</source>
        <translation>
            <numerusform>이전 인스턴스 %n개가 다시 서비스함</numerusform>
        </translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>롤백됨</translation>
    </message>
    <message>
        <source>the green group never passed its health checks</source>
        <translation>그린 그룹이 상태 확인을 통과하지 못함</translation>
    </message>
    <message numerus="yes">
        <source>switched to the green group; %n old instance(s) kept for rollback</source>
        <translation>
            <numerusform>그린 그룹으로 전환됨. 롤백용으로 이전 인스턴스 %n개 유지</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the traffic goes to the new version</source>
        <translation>트래픽의 %1%가 새 버전으로 전달됨</translation>
    </message>
    <message>
        <source>the canary never passed its health checks</source>
        <translation>카나리가 상태 확인을 통과하지 못함</translation>
    </message>
    <message>
        <source>every instance runs version %1</source>
        <translation>모든 인스턴스가 버전 %1을(를) 실행함</translation>
    </message>
    <message>
        <source>instances of the new version failed their health checks and were replaced</source>
        <translation>새 버전의 인스턴스가 상태 확인에 실패하여 교체됨</translation>
    </message>
    <message>
        <source>the new version never passed its health checks</source>
        <translation>새 버전이 상태 확인을 통과하지 못함</translation>
    </message>
    <message>
        <source>%1: simulated %2 s (seed %3)</source>
        <translation>%1: %2초 시뮬레이션함(시드 %3)</translation>
    </message>
    <message>
        <source>requests %1, errors %2 (error rate %3%)</source>
        <translation>요청 %1, 오류 %2(오류율 %3%)</translation>
    </message>
    <message>
        <source>latency p50 %1 ms, p95 %2 ms, p99 %3 ms</source>
        <translation>지연 시간 p50 %1ms, p95 %2ms, p99 %3ms</translation>
    </message>
    <message>
        <source>Expectations:</source>
        <translation>기대 조건:</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>실제 %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>타임라인:</translation>
    </message>
    <message>
        <source>%1: every expectation held</source>
        <translation>%1: 모든 기대 조건 충족</translation>
    </message>
    <message>
        <source>%1: an expectation failed</source>
        <translation>%1: 기대 조건 하나가 실패함</translation>
    </message>
    <message>
        <source>Route 53 answers with this record again</source>
        <translation>Route 53이 다시 이 레코드로 응답함</translation>
    </message>
    <message>
        <source>Route 53 health check failed</source>
        <translation>Route 53 상태 확인 실패</translation>
    </message>
    <message>
        <source>%1 requests/s, %2 shape</source>
        <translation>초당 요청 %1, %2 형태</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) kept in its memory lost: %1</source>
        <translation>
            <numerusform>메모리에 보관된 세션 %n개 손실: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) kept in the cache lost with its data</source>
        <translation>
            <numerusform>캐시에 보관된 세션 %n개가 데이터와 함께 손실됨</numerusform>
        </translation>
    </message>
    <message>
        <source>EC2 status check failed (already being replaced)</source>
        <translation>EC2 상태 검사 실패(이미 교체 중)</translation>
    </message>
    <message>
        <source>EC2 status check failed</source>
        <translation>EC2 상태 검사 실패</translation>
    </message>
    <message>
        <source>deregistered; its users move to another target</source>
        <translation>등록 취소됨. 사용자가 다른 대상으로 이동함</translation>
    </message>
    <message>
        <source>unhealthy; its users move to another target</source>
        <translation>비정상. 사용자가 다른 대상으로 이동함</translation>
    </message>
    <message>
        <source>%1 request(s) still in flight when the deregistration delay (%2 s) of %3 ended</source>
        <translation>%3의 등록 취소 지연(%2초)이 끝났을 때 처리 중이던 요청 %1개</translation>
    </message>
    <message>
        <source>now a stand-alone primary with its own endpoint; the application still writes to %1 until it is repointed</source>
        <translation>이제 자체 엔드포인트를 가진 독립 기본 인스턴스입니다. 애플리케이션을 다시 가리킬 때까지 쓰기는 여전히 %1(으)로 갑니다</translation>
    </message>
    <message>
        <source>a new empty node in %1; %2 of %3 nodes</source>
        <translation>%1에 빈 새 노드. 노드 %3개 중 %2개</translation>
    </message>
    <message>
        <source>a new empty node in %1; it refills from the database</source>
        <translation>%1에 빈 새 노드. 데이터베이스에서 다시 채워집니다</translation>
    </message>
    <message>
        <source>no replica: the shard&apos;s data is lost; reads fall through to the database; the node is replaced in about %1 s</source>
        <translation>복제본 없음: 샤드의 데이터가 사라졌습니다. 읽기는 데이터베이스로 넘어가고, 노드는 약 %1초 후 교체됩니다</translation>
    </message>
    <message>
        <source>the application points here; writes fail until the promotion ends</source>
        <translation>애플리케이션이 이곳을 가리킵니다. 승격이 끝날 때까지 쓰기는 실패합니다</translation>
    </message>
    <message>
        <source>a read replica takes no writes: promote it first</source>
        <translation>읽기 전용 복제본은 쓰기를 받지 않습니다. 먼저 승격하세요</translation>
    </message>
    <message>
        <source>&quot;repoint&quot; applies to a promoted read replica</source>
        <translation>&quot;repoint&quot;는 승격된 읽기 전용 복제본에만 적용됩니다</translation>
    </message>
    <message>
        <source>the application now writes here instead of %1</source>
        <translation>이제 애플리케이션이 %1 대신 이곳에 씁니다</translation>
    </message>
    <message>
        <source>internet egress lost for %1</source>
        <translation>%1의 인터넷 송신이 끊겼습니다</translation>
    </message>
    <message>
        <source>internet egress back for %1</source>
        <translation>%1의 인터넷 송신이 돌아왔습니다</translation>
    </message>
    <message>
        <source>defined outside the design, taken to work (routes to the internet, security groups letting the traffic through): %1</source>
        <translation>설계 밖에서 정의되어 동작한다고 가정함(인터넷 경로, 트래픽을 통과시키는 보안 그룹): %1</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>가정:</translation>
    </message>
    <message>
        <source>no path from the internet</source>
        <translation>인터넷에서 가는 경로가 없음</translation>
    </message>
    <message>
        <source>internet traffic cannot reach the instance on tcp/80: %1</source>
        <translation>인터넷 트래픽이 tcp/80으로 인스턴스에 도달할 수 없음: %1</translation>
    </message>
    <message>
        <source>no listener forwards to a target group: every request fails (503)</source>
        <translation>대상 그룹으로 전달하는 리스너가 없음: 모든 요청 실패 (503)</translation>
    </message>
    <message>
        <source>no target is registered (none in the design; targets added outside it, such as ECS tasks, are not known): its connections fail</source>
        <translation>등록된 대상이 없음 (설계에 없음; ECS 작업처럼 설계 밖에서 추가되는 대상은 알 수 없음): 연결 실패</translation>
    </message>
    <message>
        <source>no target is registered (none in the design; targets added outside it, such as ECS tasks, are not known): its requests fail (503)</source>
        <translation>등록된 대상이 없음 (설계에 없음; ECS 작업처럼 설계 밖에서 추가되는 대상은 알 수 없음): 요청 실패 (503)</translation>
    </message>
    <message>
        <source>%1: %2 at %3, step %4 of %5</source>
        <translation>%1: %2 %3, 단계 %4/%5</translation>
    </message>
</context>
</TS>
