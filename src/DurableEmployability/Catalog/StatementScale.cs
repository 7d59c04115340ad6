namespace DurableEmployability.Catalog;

/// <summary>One of the two five-point statement scales rated at monitor 3.</summary>
public enum StatementScale
{
    /// <summary>The opportunity scale (<c>opportunities</c>): "the project has led to …"; 1 = not applicable at all, 5 = fully applicable.</summary>
    Opportunity = 1,

    /// <summary>The obstacle scale (<c>obstacles</c>): "there is still insufficient …"; 1 = fully disagree, 5 = fully agree (a strong obstacle).</summary>
    Obstacle = 2,
}
