package shop.atelier.shipping.internal;

/**
 * The parcel as staff measured it.
 *
 * @param weightGrams its weight
 * @param lengthCm its longest side
 */
public record Parcel(int weightGrams, int lengthCm, int widthCm, int heightCm) {

    public Parcel {
        if (weightGrams < 1 || lengthCm < 1 || widthCm < 1 || heightCm < 1) {
            throw new IllegalArgumentException("A parcel has a weight and three sides");
        }
    }
}
