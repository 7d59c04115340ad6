namespace DurableEmployability.Catalog;

/// <summary>One of the three multi-choice fields of the advisory approach recorded at monitor 1.</summary>
public enum ApproachField
{
    /// <summary>How improvement points were determined (<c>diagnosis</c>, "bepalen verbeterpunten").</summary>
    Diagnosis = 1,

    /// <summary>How the advice was presented (<c>presentation</c>).</summary>
    Presentation = 2,

    /// <summary>The forms of execution (<c>execution</c>, "uitvoeringsvormen").</summary>
    Execution = 3,
}
