package cn.jiangmen.greenchannel.calendar;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.web.AccessDenied;
import cn.jiangmen.greenchannel.web.ApiExceptionHandler;
import cn.jiangmen.greenchannel.web.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The HTTP surface with a mocked service (standalone MockMvc: no application context needed). */
class CalendarControllerTest {

    private static final String BODY_2027 = """
            {"source": "国办发明电〔2026〕8号",
             "days": [{"date": "2027-01-01", "kind": "holiday", "name": "元旦"},
                      {"date": "2027-02-20", "kind": "workday", "name": "春节调休上班"}]}
            """;

    private CalendarService service;
    private CurrentUser currentUser;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        service = mock(CalendarService.class);
        currentUser = mock(CurrentUser.class);
        mvc = MockMvcBuilders.standaloneSetup(new CalendarController(service, currentUser))
                .setControllerAdvice(new ApiExceptionHandler())
                .build();
    }

    @Test
    void readsAYear() throws Exception {
        when(service.year(2026)).thenReturn(new CalendarYearView(2026, true, "通知", "2025-11-05T09:00",
                List.of(new CalendarYearView.Day("2026-10-10", "workday", "国庆节调休上班"))));
        mvc.perform(get("/api/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.hasOfficialData").value(true))
                .andExpect(jsonPath("$.days[0].date").value("2026-10-10"))
                .andExpect(jsonPath("$.days[0].kind").value("workday"))
                .andExpect(jsonPath("$.days[0].name").value("国庆节调休上班"));
    }

    @Test
    void listsMissingYears() throws Exception {
        when(service.missingYears()).thenReturn(new MissingYears(2026, 2027, List.of(2027)));
        mvc.perform(get("/api/calendar/missing-years"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromYear").value(2026))
                .andExpect(jsonPath("$.toYear").value(2027))
                .andExpect(jsonPath("$.missingYears[0]").value(2027));
    }

    @Test
    void onlyAdministratorsReplaceAYear() throws Exception {
        doThrow(new AccessDenied("GC-AUTH-403", "无权执行此操作"))
                .when(currentUser).requireAnyGroup(CurrentUser.ADMIN_GROUP);
        mvc.perform(put("/api/calendar/2027").contentType(MediaType.APPLICATION_JSON).content(BODY_2027))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("GC-AUTH-403"));
        verify(service, never()).replaceYear(anyInt(), any(), any());
    }

    @Test
    void administratorReplacesAYear() throws Exception {
        when(currentUser.userId()).thenReturn("demo-admin");
        when(service.year(2027)).thenReturn(new CalendarYearView(2027, true, "国办发明电〔2026〕8号", "2026-11-04T10:00", List.of()));
        mvc.perform(put("/api/calendar/2027").contentType(MediaType.APPLICATION_JSON).content(BODY_2027))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasOfficialData").value(true));
        verify(service).replaceYear(eq(2027), eq(new CalendarYearUpdate("国办发明电〔2026〕8号", List.of(
                new CalendarYearUpdate.Entry("2027-01-01", "holiday", "元旦"),
                new CalendarYearUpdate.Entry("2027-02-20", "workday", "春节调休上班")))), eq("demo-admin"));
    }

    @Test
    void badInputIsA400WithCodeAndChineseMessage() throws Exception {
        doThrow(new BusinessRuleViolation("GC-CAL-002", "第 1 行日期 2026-12-31 不在 2027 年内"))
                .when(service).replaceYear(eq(2027), any(), any());
        mvc.perform(put("/api/calendar/2027").contentType(MediaType.APPLICATION_JSON).content(BODY_2027))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("GC-CAL-002"))
                .andExpect(jsonPath("$.message").value("第 1 行日期 2026-12-31 不在 2027 年内"));
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        mvc.perform(put("/api/calendar/2027").contentType(MediaType.APPLICATION_JSON).content("{\"days\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("GC-REQ-001"));
        verify(service, never()).replaceYear(anyInt(), any(), any());
    }
}
