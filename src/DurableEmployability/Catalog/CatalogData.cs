using System.Collections.Generic;

namespace DurableEmployability.Catalog;

/// <summary>The data of the two segment catalogues, transcribed from the report (Dutch labels as printed).</summary>
internal static class CatalogData
{
    private static readonly BilingualText OpportunityStem = new("Het project heeft geleid tot …", "The project has led to …");

    internal static SegmentCatalog CreateCompany() => new(
        Segment.Company,
        0,
        "company",
        new BilingualText("bedrijf", "company"),
        CompanyAspects,
        [
            Statement("awareness", "Bewustwording", "Awareness", "Meer bewustwording van het belang om te investeren in de duurzame inzetbaarheid van werknemers", "More awareness of the importance of investing in the sustainable employability of employees"),
            Statement("familiarity", "Bekendheid", "Familiarity", "Meer bekendheid met wat duurzame inzetbaarheid is", "More familiarity with what sustainable employability is"),
            Statement("policy", "Beleid", "Policy", "Geformuleerd/aangescherpt beleid op duurzame inzetbaarheid", "Formulated or sharpened policy on sustainable employability"),
            Statement("job-satisfaction", "Werkplezier", "Job satisfaction", "Verhoogd werkplezier van werknemers", "Increased job satisfaction of employees"),
            Statement("products-services", "Verbetering", "Improvement", "Zichtbare verbetering van producten en diensten", "Visible improvement of products and services"),
            Statement("knowledge-skills", "Kennis", "Knowledge", "Verhoging van de kennis en vaardigheden van werknemers", "More knowledge and skills of employees"),
            Statement("flexibility", "Flexibiliteit", "Flexibility", "Flexibeler inzetbare werknemers", "More flexibly deployable employees"),
            Statement("engagement", "Betrokkenheid", "Engagement", "Hoge betrokkenheid van werknemers bij het werk/bedrijf", "High engagement of employees with the work or the company"),
        ],
        [
            Statement("investment-need", "Noodzaak investeringen", "Need to invest", "zicht op de noodzaak tot investeringen op het terrein van duurzame inzetbaarheid bij de bedrijfsleiding.", "view among management of the need to invest in sustainable employability."),
            Statement("priority-insight", "Prioriteiten", "Priorities", "inzicht in de gewenste prioriteit binnen de aspecten en bijbehorende indicatoren van duurzame inzetbaarheid bij de bedrijfsleiding.", "insight among management into the desired priorities within the aspects and indicators of sustainable employability."),
            Statement("employee-involvement", "Betrokkenheid medewerkers", "Employee involvement", "betrokkenheid van de medewerkers bij de thema’s en facetten van duurzame inzetbaarheid.", "involvement of employees in the themes and facets of sustainable employability."),
            Statement("societal-importance", "Maatschappelijk belang", "Societal importance", "zicht op het maatschappelijk belang van inspanningen op het terrein van duurzame inzetbaarheid.", "view of the societal importance of efforts in sustainable employability."),
            Statement("budget", "Budget", "Budget", "budget beschikbaarheid voor inspanningen op het terrein van duurzame inzetbaarheid.", "budget available for efforts in sustainable employability."),
            Statement("cao-attention", "Aandacht in cao", "Attention in the CLA", "bekendheid van aandacht op het terrein van duurzame inzetbaarheid in de cao.", "awareness of the attention to sustainable employability in the collective labour agreement."),
            Statement("manager-roles", "Rol leidinggevenden", "Managers' roles", "duidelijk welke rollen en taken direct leidinggeven hebben op het terrein van duurzame inzetbaarheid.", "clarity about the roles and tasks of line managers in sustainable employability."),
            Statement("approach-clarity", "Vormgeving inspanningen", "Shaping the efforts", "duidelijk op welke wijze inspanningen op het terrein van duurzame inzetbaarheid kunnen worden vormgegeven.", "clarity about how efforts in sustainable employability can be shaped."),
            Statement("required-expertise", "Benodigde deskundigheid", "Required expertise", "duidelijk welke deskundigheid binnen het bedrijf aanwezig moet zijn op het terrein van duurzame inzetbaarheid.", "clarity about the expertise the company needs in sustainable employability."),
            Statement("practical-facilities", "Praktische voorzieningen", "Practical facilities", "praktische voorzieningen in het bedrijf die bijdragen aan duurzame inzetbaarheid.", "practical facilities in the company that contribute to sustainable employability."),
            Statement("effect-measurement", "Effectmeting", "Measuring effects", "zicht op de manier waarop effecten van inspanningen op het terrein van duurzame inzetbaarheid en de effecten kunnen worden gemeten.", "view of how the effects of efforts in sustainable employability can be measured."),
            Statement("peer-experience", "Ervaringen anderen", "Others' experience", "zicht op ervaringen en opbrengsten van andere organisaties die actief zijn geweest op het terrein van duurzame inzetbaarheid.", "view of the experience and results of other organisations active in sustainable employability."),
        ],
        OpportunityStem,
        new BilingualText("Er is nog onvoldoende …", "There is still insufficient …"),
        [
            new("Het bedrijf besteedt incidenteel aandacht aan duurzame inzetbaarheid. De tot nu toe gedane investeringen zijn gebaseerd op wettelijke verplichtingen op het terrein van de wet en regelgeving op het terrein van arbeidsomstandigheden. Er is geen duidelijk zicht op risico’s voor het bedrijf en de individuele medewerker. Bij actuele knelpunten wordt een beroep gedaan op externe expertise om de schadelast te beperken.",
                "The company pays incidental attention to sustainable employability. Investments so far are based on legal obligations under occupational health and safety law. There is no clear view of the risks for the company and the individual employee. For acute problems outside expertise is called in to limit the damage."),
            new("Tussen type A en type B.", "Between type A and type B."),
            new("Het bedrijf heeft recent plannen ontwikkeld en deels kunnen implementeren om duurzame inzetbaarheid verder op de agenda te zetten. Gezondheid en welzijn van medewerkers wordt steeds meer gezien als bron van succesvol werkgeverschap. Externe expertise bij complexere interventies wordt ingeschakeld.",
                "The company has recently developed and partly implemented plans to put sustainable employability on the agenda. Employees' health and well-being are increasingly seen as a source of good employership. Outside expertise is called in for complex interventions."),
            new("Tussen type B en type C.", "Between type B and type C."),
            new("Het bedrijf heeft duidelijk beproefde condities voor duurzame inzetbaarheid bevorderd. De maatregelen zijn geïmplementeerd die het werkvermogen en het engagement van medewerkers bevorderen. Ontwikkelingen op het terrein van duurzame inzetbaarheid worden actief gevolgd. De omslag van reactief beleid naar proactief beleid wordt in de nabije toekomst geagendeerd.",
                "The company has clearly tried and tested conditions for sustainable employability. Measures furthering employees' work ability and engagement are implemented. Developments are actively followed. The move from reactive to proactive policy is on the agenda for the near future."),
            new("Tussen type C en type D.", "Between type C and type D."),
            new("Het bedrijf heeft uitstekend werkgeverschap als continu proces in beeld en geïmplementeerd. Een cyclische aanpak met plan-do-check-act als leidraad toont het duidelijk zicht op succesfactoren bij de uitvoering. Medewerkers en leidinggevenden beschikken over ondersteunende instrumenten en hulpmiddelen om duurzame inzetbaarheid na te streven. Helderheid in concrete doelen en individuele aandacht voor medewerkers kenmerken het beleid.",
                "The company sees and implements excellent employership as a continuous plan-do-check-act process. Staff and managers have tools to pursue sustainable employability. Clear goals, steering on results and individual attention for employees characterise the policy."),
        ]);

    internal static SegmentCatalog CreateSelfEmployed() => new(
        Segment.SelfEmployed,
        1,
        "self-employed",
        new BilingualText("ZZP-er", "self-employed"),
        SelfEmployedAspects,
        [
            Statement("awareness", "Bewustwording", "Awareness", "Meer bewustwording van het belang om te investeren in de duurzame inzetbaarheid van werknemers", "More awareness of the importance of investing in sustainable employability"),
            Statement("familiarity", "Bekendheid", "Familiarity", "Meer bekendheid met wat duurzame inzetbaarheid is", "More familiarity with what sustainable employability is"),
            Statement("job-satisfaction", "Werkplezier", "Job satisfaction", "Verhoogd werkplezier", "Increased job satisfaction"),
            Statement("products-services", "Verbetering", "Improvement", "Zichtbare verbetering van producten en diensten", "Visible improvement of products and services"),
            Statement("knowledge-skills", "Kennis", "Knowledge", "Verhoging van de kennis en vaardigheden", "More knowledge and skills"),
            Statement("flexibility", "Flexibiliteit", "Flexibility", "Flexibeler inzetbaar", "More flexibly deployable"),
        ],
        [
            Statement("investment-need", "Noodzaak investeringen", "Need to invest", "zicht op de noodzaak tot investeringen op het terrein van duurzame inzetbaarheid.", "view of the need to invest in sustainable employability."),
            Statement("priority-insight", "Prioriteiten", "Priorities", "inzicht in de gewenste prioriteit binnen de aspecten en bijbehorende indicatoren van duurzame inzetbaarheid.", "insight into the desired priorities within the aspects and indicators of sustainable employability."),
            Statement("societal-importance", "Maatschappelijk belang", "Societal importance", "zicht op het maatschappelijk belang van inspanningen op het terrein van duurzame inzetbaarheid.", "view of the societal importance of efforts in sustainable employability."),
            Statement("budget", "Budget", "Budget", "budget beschikbaarheid voor inspanningen op het terrein van duurzame inzetbaarheid.", "budget available for efforts in sustainable employability."),
            Statement("approach-clarity", "Vormgeving inspanningen", "Shaping the efforts", "duidelijk op welke wijze inspanningen op het terrein van duurzame inzetbaarheid kunnen worden vormgegeven.", "clarity about how efforts in sustainable employability can be shaped."),
            Statement("effect-measurement", "Effectmeting", "Measuring effects", "zicht op de manier waarop effecten van inspanningen op het terrein van duurzame inzetbaarheid en de effecten kunnen worden gemeten.", "view of how the effects of efforts in sustainable employability can be measured."),
            Statement("peer-experience", "Ervaringen anderen", "Others' experience", "zicht op ervaringen en opbrengsten van andere organisaties die actief zijn geweest op het terrein van duurzame inzetbaarheid.", "view of the experience and results of other organisations active in sustainable employability."),
        ],
        OpportunityStem,
        new BilingualText("U heeft nog onvoldoende …", "You still have insufficient …"),
        [
            new("De ZZP-er besteedt incidenteel aandacht aan duurzame inzetbaarheid. De tot nu toe gedane investeringen zijn noodgedwongen en bijvoorbeeld gebaseerd op wettelijke verplichtingen. De ZZP-er heeft geen zicht op risico’s voor hemzelf.",
                "The self-employed person pays incidental attention to sustainable employability. Investments so far were forced, for example by legal obligations. There is no view of the risks to themselves."),
            new("Tussen type A en type B.", "Between type A and type B."),
            new("De ZZP-er heeft een globaal beeld op één of meerdere deelterreinen van duurzame inzetbaarheid en is hiermee deels aan de gang gegaan. Op ad hoc basis wordt geïnvesteerd in opleiding en ontwikkeling.",
                "The self-employed person has a global picture of one or more areas of sustainable employability and has partly acted on it. Training and development are invested in ad hoc."),
            new("Tussen type B en type C.", "Between type B and type C."),
            new("De ZZP-er heeft een duidelijke kijk op zaken die zijn duurzame inzetbaarheid bevorderen. Hij onderneemt acties om zijn werkvermogen in stand te houden en te vergroten en probeert te anticiperen op ontwikkelingen.",
                "The self-employed person has a clear view of what furthers their own employability, acts to keep and improve their work ability, and anticipates developments."),
            new("Tussen type C en type D.", "Between type C and type D."),
            new("De ZZP-er heeft voor zichzelf een uitstekende manier ontwikkeld om zijn inzetbaarheid te onderhouden en te vergroten. Er worden permanent acties ondernomen die bijdragen aan een goede gezondheid en aan actuele competenties en vaardigheden.",
                "The self-employed person has developed an excellent own method to maintain and improve their employability, with permanent action on health and up-to-date skills."),
        ]);

    private static (string Code, BilingualText Short, BilingualText Full) Statement(string code, string shortNl, string shortEn, string nl, string en) =>
        (code, new BilingualText(shortNl, shortEn), new BilingualText(nl, en));

    private static List<Aspect> CompanyAspects(SegmentCatalog catalog) => Build(
        catalog.Segment,
        ("organisation", "Organisatie", "Organisation",
        [
            ("support-awareness", "Draagvlak en bewustwording", "Draagvlak & bewustwording", "Support and awareness"),
            ("vision-policy", "Visie en beleid", "Visie & beleid", "Vision and policy"),
            ("strategic-hr", "(Strategisch) HR", "(Strategisch) HR", "(Strategic) HR"),
            ("responsibility-flexibility", "Verantwoordelijkheid/flexibiliteit van het werk", "Verantwoordelijkheid/flexibiliteit van het werk", "Responsibility and flexibility of work"),
            ("leadership", "Leiderschap", "Leiderschap", "Leadership"),
            ("dialogue-participation", "Dialoog en participatie", "Dialoog & participatie", "Dialogue and participation"),
            ("culture", "Cultuur", "Cultuur", "Culture"),
        ]),
        ("vitality-health", "Vitaliteit en gezondheid", "Vitality and health",
        [
            ("lifestyle", "Leefstijl", "Leefstijl", "Lifestyle"),
            ("workload-stress", "Werkdruk en stress", "Werkdruk & stress", "Workload and stress"),
            ("physical-strain", "Lichamelijke belasting", "Lichamelijke belasting", "Physical strain"),
            ("ergonomics", "Ergonomie/werkplekinrichting", "Ergonomie/werkplekinrichting", "Ergonomics and workplace layout"),
            ("safety", "Veiligheid", "Veiligheid", "Safety"),
            ("aggression-violence", "Agressie en geweld", "Agressie & geweld", "Aggression and violence"),
            ("bullying", "Pesten", "Pesten", "Bullying"),
        ]),
        ("engagement-motivation", "Betrokkenheid en motivatie", "Engagement and motivation",
        [
            ("stimulating-leadership", "Stimulerend leiderschap", "Stimulerend leiderschap", "Stimulating leadership"),
            ("work-meetings", "Werkoverleg", "Werkoverleg", "Work meetings"),
            ("team-development", "Teamontwikkeling", "Teamontwikkeling", "Team development"),
            ("appreciation", "Waardering en stimulatie", "Waardering & stimulatie", "Appreciation and encouragement"),
            ("transparency-communication", "Transparantie en (interne) communicatie", "Transparantie & (interne) communicatie", "Transparency and (internal) communication"),
        ]),
        ("development-mobility", "Ontwikkeling en mobiliteit", "Development and mobility",
        [
            ("education", "Opleiding", "Opleiding", "Education"),
            ("talent-management", "Talentmanagement", "Talentmanagement", "Talent management"),
            ("career-guidance", "Loopbaanbegeleiding", "Loopbaanbegeleiding", "Career guidance"),
            ("task-broadening", "Taakverbreding", "Taakverbreding", "Task broadening"),
            ("job-rotation", "Functieroulatie", "Functieroulatie", "Job rotation"),
            ("combination-jobs", "Combinatiebanen", "Combinatiebanen", "Combination jobs"),
            ("coaching", "Coaching", "Coaching", "Coaching"),
            ("internships", "Stagemogelijkheden", "Stagemogelijkheden", "Internships"),
        ]),
        ("monitoring", "Monitoring", "Monitoring",
        [
            ("satisfaction-survey", "Medewerker tevredenheid onderzoek", "Medewerker tevredenheid onderzoek", "Employee satisfaction survey"),
            ("feedback-training", "Feedbacktraining", "Feedbacktraining", "Feedback training"),
            ("performance-cycle", "Functioneringscyclus", "Functioneringscyclus", "Performance review cycle"),
            ("periodic-check", "Periodieke check op DI-aspecten", "Periodieke check op DI-aspecten", "Periodic check of DI aspects"),
        ]));

    private static List<Aspect> SelfEmployedAspects(SegmentCatalog catalog) => Build(
        catalog.Segment,
        ("vitality-health", "Vitaliteit en gezondheid", "Vitality and health",
        [
            ("lifestyle", "Leefstijl", "Leefstijl", "Lifestyle"),
            ("workload-stress", "Werkdruk en stress", "Werkdruk & stress", "Workload and stress"),
            ("physical-strain", "Lichamelijke belasting", "Lichamelijke belasting", "Physical strain"),
            ("ergonomics", "Ergonomie/werkplekinrichting", "Ergonomie / werkplekinrichting", "Ergonomics and workplace layout"),
            ("safety", "Veiligheid", "Veiligheid", "Safety"),
        ]),
        ("training-development", "Opleiding en ontwikkeling", "Training and development",
        [
            ("education", "Opleiding", "Opleiding", "Education"),
            ("training", "Training", "Training", "Training"),
            ("coaching", "Coaching", "Coaching", "Coaching"),
            ("career-guidance", "Loopbaanbegeleiding", "Loopbaanbegeleiding", "Career guidance"),
        ]));

    private static List<Aspect> Build(Segment segment, params (string Code, string Nl, string En, (string Code, string Nl, string TableNl, string En)[] Indicators)[] aspects)
    {
        var result = new List<Aspect>(aspects.Length);
        int indicatorOrder = 0;
        for (int a = 0; a < aspects.Length; a++)
        {
            var (code, nl, en, indicators) = aspects[a];
            var aspect = new Aspect(segment, a, code, nl, en);
            var list = new List<Indicator>(indicators.Length);
            for (int i = 0; i < indicators.Length; i++)
            {
                var ind = indicators[i];
                list.Add(new Indicator(aspect, indicatorOrder++, i, ind.Code, ind.Nl, ind.En, ind.TableNl));
            }

            aspect.SetIndicators(list);
            result.Add(aspect);
        }

        return result;
    }
}
