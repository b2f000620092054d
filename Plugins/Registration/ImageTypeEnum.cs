/// <summary>Which image a step registers (Dataverse's <c>imagetype</c> values).</summary>
public enum ImageTypeEnum
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
