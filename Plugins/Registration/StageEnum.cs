/// <summary>Pipeline stage of a step (spkl; values are Dataverse's stage numbers).</summary>
public enum StageEnum
{
    PreValidation = 10,
    PreOperation = 20,
    PostOperation = 40,
}
