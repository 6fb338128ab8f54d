import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { meetDeadline, openDeadline, waiveDeadline } from '../deadlines/deadline-changes.ts';
import { appraisalDueOn, MAX_APPRAISAL_EXTENSIONS, onlineInquiryPrice } from '../rules/reference-price.ts';
import { addDays, compareDates, daysBetween, type LocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan, type Fen } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { InquiryResult, ReferencePriceRecord, ReferenceStep } from './disposal.types.ts';
import { addStep, checkMethod, withRunningProcess } from './reference-price.ts';
import type { ReferencePriceView } from './disposal-views.ts';

// The four methods of fixing a reference price (S9 第2条、第4–7条、第10–14条、第19条), one step each.

const APPRAISAL_NODE = 'appraisal-report';
/** 第13条: each platform reports within 3 days of the request. */
export const INQUIRY_DAYS = 3;
/** 第19条: an extension is asked at least 5 days before the report is due. */
export const EXTENSION_NOTICE_DAYS = 5;
const appraisalSubject = (rpId: string, extensions: number) => `${rpId}#${extensions}`;

const money = (text: string | undefined): Fen | null | undefined => (text === undefined ? undefined : parseYuan(text));

export type Negotiation = { on: LocalDate; applicantFigure?: string | undefined; debtorFigure?: string | undefined };

/** 议价: the parties' figures agree → the price; a party refusing or absent → no price (第4条). */
export function recordNegotiation(ctx: AppContext, who: Principal, id: string, b: Negotiation): Promise<Result<ReferencePriceView>> {
  return withRunningProcess(ctx, who, id, b.on, async (s) => {
    const ok = checkMethod(s.rp, 'negotiation');
    if (!ok.ok) return ok;
    const a = money(b.applicantFigure);
    const d = money(b.debtorFigure);
    if (a === null || d === null || (a !== undefined && a <= 0n) || (d !== undefined && d <= 0n))
      return failure('invalid-money', '议价金额须为正数');
    const agreed = a !== undefined && d !== undefined && a === d ? a : null;
    const step: ReferenceStep = {
      method: 'negotiation',
      on: b.on,
      applicantFigure: a === undefined ? null : formatYuan(a),
      debtorFigure: d === undefined ? null : formatYuan(d),
      priced: agreed !== null,
      price: agreed === null ? null : formatYuan(agreed),
    };
    return success(await addStep(s, ctx, step, agreed));
  });
}

export type DirectedInquiry = { on: LocalDate; body: string; price?: string | undefined };

/** 定向询价: the body's answer is the price; no answer in time → no price (第5–6条). */
export function recordDirectedInquiry(
  ctx: AppContext,
  who: Principal,
  id: string,
  b: DirectedInquiry,
): Promise<Result<ReferencePriceView>> {
  return withRunningProcess(ctx, who, id, b.on, async (s) => {
    const ok = checkMethod(s.rp, 'directed-inquiry');
    if (!ok.ok) return ok;
    const price = money(b.price);
    if (price === null || (price !== undefined && price <= 0n)) return failure('invalid-money', '询价结果须为正数');
    const step: ReferenceStep = {
      method: 'directed-inquiry',
      on: b.on,
      body: b.body.trim(),
      priced: price !== undefined,
      price: price === undefined ? null : formatYuan(price),
    };
    return success(await addStep(s, ctx, step, price ?? null));
  });
}

export type OnlineInquiry = {
  requestedOn: LocalDate;
  results: { platform: string; price: string; answeredOn: LocalDate; challengeUpheld?: boolean | undefined }[];
};

/** 网络询价: the average of the platforms' timely results, those successfully challenged left out (第10–13条). */
export function recordOnlineInquiry(ctx: AppContext, who: Principal, id: string, b: OnlineInquiry): Promise<Result<ReferencePriceView>> {
  return withRunningProcess(ctx, who, id, b.requestedOn, async (s) => {
    const ok = checkMethod(s.rp, 'online-inquiry');
    if (!ok.ok) return ok;
    const parsed: { r: OnlineInquiry['results'][number]; price: Fen }[] = [];
    for (const r of b.results) {
      const price = parseYuan(r.price);
      if (price === null || price <= 0n) return failure('invalid-money', `${r.platform}的询价结果须为正数`);
      if (compareDates(r.answeredOn, b.requestedOn) < 0 || compareDates(r.answeredOn, ctx.clock.today()) > 0)
        return failure('reference-date-invalid', `${r.platform}的答复日期应在询价之日与今天之间`);
      parsed.push({ r, price });
    }
    const timely = (r: { answeredOn: LocalDate }) => daysBetween(b.requestedOn, r.answeredOn) <= INQUIRY_DAYS;
    const results: InquiryResult[] = parsed.map(({ r, price }) => ({
      platform: r.platform.trim(),
      price: formatYuan(price),
      answeredOn: r.answeredOn,
      challengeUpheld: Boolean(r.challengeUpheld),
      counted: timely(r) && !r.challengeUpheld,
    }));
    const average = onlineInquiryPrice(
      parsed
        .filter(({ r }) => timely(r))
        .map(({ r, price }) => ({ platform: r.platform, price, challengeUpheld: Boolean(r.challengeUpheld) })),
    );
    const price = average.ok ? average.value : null;
    const step: ReferenceStep = {
      method: 'online-inquiry',
      on: b.requestedOn,
      results,
      priced: price !== null,
      price: price && formatYuan(price),
    };
    return success(await addStep(s, ctx, step, price));
  });
}

export type Appraisal = { commissionedOn: LocalDate; appraiser: string };

/** 委托评估: the report is due in 30 days (第19条); the `appraisal-report` deadline counts it. */
export function commissionAppraisal(ctx: AppContext, who: Principal, id: string, b: Appraisal): Promise<Result<ReferencePriceView>> {
  return withRunningProcess(ctx, who, id, b.commissionedOn, async (s) => {
    const ok = checkMethod(s.rp, 'appraisal');
    if (!ok.ok) return ok;
    const due = appraisalDueOn(b.commissionedOn);
    if (!due.ok) throw new Error(due.detail);
    const step: ReferenceStep = {
      method: 'appraisal',
      on: b.commissionedOn,
      appraiser: b.appraiser.trim(),
      dueOn: due.value,
      extensions: [],
      reportOn: null,
      priced: false,
      price: null,
    };
    const rp = await addStep(s, ctx, step, null);
    await openDeadline(s.tx, ctx, s.actor, s.now, {
      courtId: s.c.courtId,
      caseId: s.c.id,
      node: APPRAISAL_NODE,
      subject: appraisalSubject(rp.id, 0),
      startOn: b.commissionedOn,
      dueOn: due.value,
    });
    return success(rp);
  });
}

const openAppraisal = (rp: ReferencePriceRecord) => {
  const last = rp.steps[rp.steps.length - 1];
  return last?.method === 'appraisal' && !last.reportOn ? last : null;
};

export type Extension = { askedOn: LocalDate; days: number };

/** At most two extensions of at most 15 days, each asked at least 5 days before the report is due (第19条). */
export function extendAppraisal(ctx: AppContext, who: Principal, id: string, b: Extension): Promise<Result<ReferencePriceView>> {
  return withRunningProcess(ctx, who, id, b.askedOn, async (s) => {
    const open = openAppraisal(s.rp);
    if (!open) return failure('appraisal-not-open');
    if (open.extensions.length >= MAX_APPRAISAL_EXTENSIONS)
      return failure('appraisal-extension-refused', `评估期限已延长${MAX_APPRAISAL_EXTENSIONS}次，不能再延长`);
    if (compareDates(b.askedOn, addDays(open.dueOn, -EXTENSION_NOTICE_DAYS)) > 0)
      return failure('appraisal-extension-refused', `应在 ${addDays(open.dueOn, -EXTENSION_NOTICE_DAYS)} 以前申请延长（期限届满5日前）`);
    if (compareDates(b.askedOn, open.on) < 0) return failure('reference-date-invalid', `评估于 ${open.on} 委托`);
    const due = appraisalDueOn(open.on, [...open.extensions.map((e) => e.days), b.days]);
    if (!due.ok) return failure('appraisal-extension-refused', due.detail);
    const n = open.extensions.length;
    const step: ReferenceStep = {
      ...open,
      dueOn: due.value,
      extensions: [...open.extensions, { days: b.days, askedOn: b.askedOn, dueOn: due.value }],
    };
    const rp = await addStep(s, ctx, step, null, true);
    await waiveDeadline(s.tx, ctx, s.actor, s.now, {
      caseId: s.c.id,
      node: APPRAISAL_NODE,
      subject: appraisalSubject(rp.id, n),
      reason: `评估期限延长${b.days}日，至 ${due.value}`,
    });
    await openDeadline(s.tx, ctx, s.actor, s.now, {
      courtId: s.c.courtId,
      caseId: s.c.id,
      node: APPRAISAL_NODE,
      subject: appraisalSubject(rp.id, n + 1),
      startOn: b.askedOn,
      dueOn: due.value,
    });
    return success(rp);
  });
}

export type AppraisalReport = { reportOn: LocalDate; price: string };

/** The report's value is the reference price; its deadline is met (late if after the due day). */
export function recordAppraisalReport(
  ctx: AppContext,
  who: Principal,
  id: string,
  b: AppraisalReport,
): Promise<Result<ReferencePriceView>> {
  return withRunningProcess(ctx, who, id, b.reportOn, async (s) => {
    const open = openAppraisal(s.rp);
    if (!open) return failure('appraisal-not-open');
    if (compareDates(b.reportOn, open.on) < 0) return failure('reference-date-invalid', `评估于 ${open.on} 委托`);
    const price = parseYuan(b.price);
    if (price === null || price <= 0n) return failure('invalid-money', '评估价须为正数');
    const step: ReferenceStep = { ...open, reportOn: b.reportOn, priced: true, price: formatYuan(price) };
    const rp = await addStep(s, ctx, step, price, true);
    await meetDeadline(s.tx, ctx, s.actor, s.now, {
      caseId: s.c.id,
      node: APPRAISAL_NODE,
      subject: appraisalSubject(rp.id, open.extensions.length),
      metOn: b.reportOn,
    });
    return success(rp);
  });
}
