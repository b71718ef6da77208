namespace Sitrep.Claims.Rules;

/// <summary>One family of claims (control, strength, …): finds its claims in one body sentence.</summary>
public interface IClaimRule
{
    /// <summary>The rule family's name, the prefix of every claim's rule.</summary>
    string Name { get; }

    IEnumerable<Claim> Find(ClaimContext context, int sentence);
}
